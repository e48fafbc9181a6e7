package net.ocigateway.igc.jms;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.ocigateway.igc.security.Caller;
import net.ocigateway.igc.security.LocalUser;
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
 * @param defaultCaller the scope of a message no known broker user sent: only where the broker authenticates
 *     nobody (the embedded broker without users, an external broker without {@code externalUsers})
 * @param externalUsers the external broker's users and their scope; each message runs as the user the broker
 *     stamped on it (populate-validated-user)
 * @param allowedReplyDestinations the queues a request's JMSReplyTo may name besides temporary queues; the
 *     results queue always may
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
        @DefaultValue Idempotency idempotency,
        @DefaultValue DefaultCaller defaultCaller,
        @DefaultValue List<BrokerUser> externalUsers,
        @DefaultValue List<String> allowedReplyDestinations) {

    public JmsProperties {
        brokerUrl = brokerUrl == null ? "" : brokerUrl.strip();
        Set<String> replyTo = new LinkedHashSet<>(allowedReplyDestinations);
        replyTo.add(resultsQueue);
        allowedReplyDestinations = List.copyOf(replyTo);
        if (externalUsers.stream().map(BrokerUser::username).distinct().count() < externalUsers.size()) {
            throw new IllegalArgumentException("igc.jms.external-users: a username is configured twice");
        }
    }

    /** The broker users by name with their scope; none: every message runs as {@code defaultCaller}. */
    public Map<String, Caller> brokerUsers() {
        return embeddedBroker()
                ? embedded.users().stream().collect(Collectors.toMap(LocalUser::username, LocalUser::caller))
                : externalUsers.stream().collect(Collectors.toMap(BrokerUser::username, BrokerUser::caller));
    }

    /**
     * The in-process broker.
     *
     * @param dataDirectory its journal, bindings, paging and large-message folders
     * @param host the address the TCP listener binds to; anything but loopback needs {@code users}
     * @param port the TCP port for CORE, AMQP and STOMP clients; 0 takes any free port
     * @param users who may connect, with the scope of a REST user; none: anyone who reaches {@code host}
     * @param tls TLS on that listener
     */
    public record Embedded(
            @DefaultValue("./data/artemis") String dataDirectory,
            @DefaultValue("127.0.0.1") String host,
            @DefaultValue("61616") int port,
            @DefaultValue List<LocalUser> users,
            @DefaultValue Tls tls) {

        public Embedded {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("igc.jms.embedded.port must be 0 to 65535, was " + port);
            }
        }

        /** True when only this machine can reach {@code host}. */
        public boolean loopback() {
            try {
                return InetAddress.getByName(host).isLoopbackAddress();
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("igc.jms.embedded.host " + host + " is not a known address", e);
            }
        }
    }

    /**
     * @param enabled the listener takes TLS connections only
     * @param keyStore the broker's key store (path), with its certificate and private key
     * @param keyStorePassword its password; masked in {@link #toString()}
     * @param keyStoreType {@code PKCS12} or {@code JKS}
     */
    public record Tls(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("") String keyStore,
            @DefaultValue("") String keyStorePassword,
            @DefaultValue("PKCS12") String keyStoreType) {

        public Tls {
            if (enabled && keyStore.isBlank()) {
                throw new IllegalArgumentException("igc.jms.embedded.tls.enabled needs igc.jms.embedded.tls.key-store");
            }
        }

        @Override
        public String toString() {
            return "Tls[enabled=" + enabled + ", keyStore=" + keyStore + ", keyStorePassword=******, keyStoreType="
                    + keyStoreType + "]";
        }
    }

    /**
     * @param level the APIO user level, 16 (System Admin) by default
     * @param tenantId the tenant, below System Admin
     * @param groupId the group, at Group Admin and below
     */
    public record DefaultCaller(@DefaultValue("16") int level, String tenantId, String groupId) {

        public DefaultCaller {
            Caller.configured("igc.jms.default-caller", level, tenantId, groupId);
        }

        public Caller caller() {
            return Caller.configured("igc.jms.default-caller", level, tenantId, groupId);
        }
    }

    /**
     * A user of an external broker, known here by name and scope only.
     *
     * @param username the name the broker authenticates and stamps on the user's messages
     */
    public record BrokerUser(String username, int level, String tenantId, String groupId) {

        public BrokerUser {
            Caller.configured(username, level, tenantId, groupId);
        }

        public Caller caller() {
            return Caller.configured(username, level, tenantId, groupId);
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
                + embedded + ", idempotency=" + idempotency + ", defaultCaller=" + defaultCaller + ", externalUsers="
                + externalUsers + ", allowedReplyDestinations=" + allowedReplyDestinations + "]";
    }
}
