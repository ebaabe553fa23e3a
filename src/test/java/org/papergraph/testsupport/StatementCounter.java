package org.papergraph.testsupport;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Wraps the application's Neo4j driver so tests can count the Cypher statements the application runs: every
 * {@code run} on a session or transaction the driver hands out is counted.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter implements BeanPostProcessor {

	private static final AtomicInteger statements = new AtomicInteger();

	private static final List<String> texts = new CopyOnWriteArrayList<>();

	/** Starts counting from zero. */
	public static void reset() {
		statements.set(0);
		texts.clear();
	}

	/** The text of each statement run since the last reset, in order. */
	public static List<String> texts() {
		return List.copyOf(texts);
	}

	/** The statements run since the last reset. */
	public static int count() {
		return statements.get();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof Driver driver) {
			return wrap(driver, Driver.class);
		}
		return bean;
	}

	@SuppressWarnings("unchecked")
	private static <T> T wrap(T target, Class<?> type) {
		InvocationHandler handler = (proxy, method, args) -> {
			if (method.getName().equals("run")) {
				statements.incrementAndGet();
				if (args != null && args.length > 0) {
					texts.add(args[0] instanceof Query query ? query.text() : String.valueOf(args[0]));
				}
			}
			Object result;
			try {
				result = method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
			if (result != null && method.getReturnType().isInterface()
					&& method.getReturnType().getPackageName().startsWith("org.neo4j.driver")
					&& !method.getReturnType().getSimpleName().equals("Result")) {
				return wrap(result, method.getReturnType());
			}
			return result;
		};
		Set<Class<?>> interfaces = new LinkedHashSet<>(List.of(type));
		List<Class<?>> all = new ArrayList<>();
		for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
			all.addAll(List.of(c.getInterfaces()));
		}
		all.stream().filter(i -> i.getPackageName().startsWith("org.neo4j.driver")).forEach(interfaces::add);
		return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), interfaces.toArray(Class<?>[]::new),
				handler);
	}

}
