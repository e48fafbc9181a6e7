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
# The jar unpacked (Spring Boot's jarmode tools): the application jar with its libraries beside it, which starts
# about a third faster than the nested fat jar (measured) and keeps the libraries in a layer of their own.
RUN cp target/igc-gateway-*.jar /tmp/igc-gateway.jar \
    && java -Djarmode=tools -jar /tmp/igc-gateway.jar extract --destination /extracted

# Run stage: a JRE, a non-root user, and config/ beside the jar so an operator can mount their own.
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app igc
WORKDIR /app
COPY --from=build /extracted/lib /app/jar/lib
COPY --from=build /extracted/igc-gateway.jar /app/jar/igc-gateway.jar
COPY config /app/config
# The embedded broker's journal: owned by the runtime user, a volume so queued requests survive the container.
RUN mkdir -p /app/data/artemis && chown -R igc /app/data
VOLUME /app/data
# Read the product's own config files from the mounted folder rather than from inside the jar.
ENV IGC_SETTINGS_LOCATION=file:/app/config/settings.json \
    IGC_TEMPLATES_LOCATION=file:/app/config/templates/instant_group_call/ \
    IGC_SIMULATOR_SEED=file:/app/config/simulator-seed.json \
    IGC_JMS_EMBEDDED_DATA_DIRECTORY=/app/data/artemis
USER igc
# 8080: REST API. 61616: the embedded broker (CORE, AMQP, STOMP), which listens on the container's loopback
# only until it has broker users. To open it to OSS systems, mount a config/application.yaml with
# igc.jms.embedded.users (username, password-hash, level, tenant-id, group-id) and igc.jms.embedded.tls
# (key-store, key-store-password), and set IGC_JMS_EMBEDDED_HOST=0.0.0.0; the gateway refuses that address
# without users. README: "Who may send what".
EXPOSE 8080 61616
ENTRYPOINT ["java", "-jar", "/app/jar/igc-gateway.jar"]
