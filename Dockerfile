# One image recipe for the four services: docker build --build-arg SERVICE=dossier-service .
# Stage 1 builds the service (and the modules it needs) from source; stage 2 runs it on a JRE.
FROM maven:3.9-eclipse-temurin-17 AS build
ARG SERVICE
WORKDIR /src
COPY . .
RUN test -n "$SERVICE" && mvn -B -q -pl "$SERVICE" -am package -DskipTests

FROM eclipse-temurin:17-jre
ARG SERVICE
WORKDIR /app
COPY --from=build /src/${SERVICE}/target/quarkus-app/ /app/
USER 185
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Djava.util.logging.manager=org.jboss.logmanager.LogManager"
ENTRYPOINT ["java", "-jar", "/app/quarkus-run.jar"]
