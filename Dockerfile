# Build stage: the same Maven Wrapper build as on a developer machine.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY routes routes
COPY config config
RUN ./mvnw -B -q package -DskipTests

# Run stage: a JRE, a non-root user, and config/ beside the jar so an operator can mount their own.
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app igc
WORKDIR /app
COPY --from=build /src/target/igc-gateway-*.jar /app/igc-gateway.jar
COPY config /app/config
USER igc
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/igc-gateway.jar"]
