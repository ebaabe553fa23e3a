package org.papergraph.topics;

import org.papergraph.system.MigrationRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * At start, before traffic: loads the taxonomy into the graph and, when the file changed since the papers' topics
 * were assigned, assigns them again.
 */
@Component
class TaxonomyBootstrap implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(TaxonomyBootstrap.class);

	private final TopicService topics;

	TaxonomyBootstrap(TopicService topics, MigrationRunner migrations) {
		this.topics = topics;
	}

	@Override
	public void afterPropertiesSet() {
		if (topics.loadTaxonomy()) {
			TopicService.Report report = topics.reassignAll();
			if (report.papers() > 0) {
				log.info("The taxonomy changed since topics were assigned: {} papers assigned again", report.papers());
			}
		}
	}

}
