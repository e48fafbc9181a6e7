package net.ocigateway.igc.jms;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Message-driven provisioning: where requests arrive, where results go, which broker carries them and how
 * processed requests are remembered.
 *
 * @param queue the queue OSS systems send requests to
 * @param resultsQueue where results go when a request names no JMSReplyTo
 * @param deadLetterQueue where unparsable requests, and requests BroadWorks never answered, end up
 * @param brokerUrl an external broker or cluster (Artemis core URL); empty means the embedded broker
 * @param user the external broker's user, if it needs one
 * @param password that user's password; masked in {@link #toString()}
 * @param embedded the embedded broker, used while {@code brokerUrl} is empty
 * @param idempotency how processed requestIds and their first results are remembered
 */
@ConfigurationProperties("igc.jms")
public record JmsProperties(
        @DefaultValue("igc.provisioning") String queue,
        @DefaultValue("igc.provisioning.results") String resultsQueue,
        @DefaultValue("igc.provisioning.DLQ") String deadLetterQueue,
        @DefaultValue("") String brokerUrl,
        @DefaultValue("") String user,
        @DefaultValue("") String password,
        @DefaultValue Embedded embedded,
        @DefaultValue Idempotency idempotency) {

    public JmsProperties {
        brokerUrl = brokerUrl == null ? "" : brokerUrl.strip();
    }

    /**
     * The in-process broker.
     *
     * @param dataDirectory its journal, bindings, paging and large-message folders
     * @param host the address the TCP listener binds to
     * @param port the TCP port for CORE, AMQP and STOMP clients; 0 takes any free port
     */
    public record Embedded(
            @DefaultValue("./data/artemis") String dataDirectory,
            @DefaultValue("0.0.0.0") String host,
            @DefaultValue("61616") int port) {

        public Embedded {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("igc.jms.embedded.port must be 0 to 65535, was " + port);
            }
        }
    }

    /**
     * The record of processed requests.
     *
     * @param store {@code memory} (one instance) or {@code jdbc} (shared by every instance on the broker)
     * @param maxEntries how many requestIds the memory store keeps, newest first
     * @param claimTimeout after how long an unfinished claim (its instance died mid-request) may be taken over
     * @param jdbc the shared database for {@code store=jdbc}
     */
    public record Idempotency(
            @DefaultValue("memory") Store store,
            @DefaultValue("100000") int maxEntries,
            @DefaultValue("5m") Duration claimTimeout,
            @DefaultValue Jdbc jdbc) {

        public Idempotency {
            if (maxEntries < 1) {
                throw new IllegalArgumentException("igc.jms.idempotency.max-entries must be at least 1");
            }
        }
    }

    public enum Store {
        MEMORY,
        JDBC
    }

    /**
     * @param url the JDBC URL of the shared database
     * @param user its user
     * @param password its password; masked in {@link #toString()}
     */
    public record Jdbc(@DefaultValue("") String url, @DefaultValue("") String user, @DefaultValue("") String password) {

        @Override
        public String toString() {
            return "Jdbc[url=" + url + ", user=" + user + ", password=******]";
        }
    }

    /** True when no external broker is configured and the embedded one runs. */
    public boolean embeddedBroker() {
        return brokerUrl.isEmpty();
    }

    @Override
    public String toString() {
        return "JmsProperties[queue=" + queue + ", resultsQueue=" + resultsQueue + ", deadLetterQueue="
                + deadLetterQueue + ", brokerUrl=" + brokerUrl + ", user=" + user + ", password=******, embedded="
                + embedded + ", idempotency=" + idempotency + "]";
    }
}
