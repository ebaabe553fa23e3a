# papergraph as a container: build with the Maven wrapper, run the jar on a JRE.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY graphql graphql
COPY cypher cypher
COPY src src
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/papergraph.jar papergraph.jar
ENV SERVER_PORT=8080 PAPERGRAPH_DATA_DIR=/data
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/papergraph.jar"]
