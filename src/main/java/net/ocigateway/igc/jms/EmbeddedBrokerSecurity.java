package net.ocigateway.igc.jms;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.security.auth.Subject;
import net.ocigateway.igc.security.Caller;
import net.ocigateway.igc.security.LocalUser;
import net.ocigateway.igc.security.UserDirectory;
import net.ocigateway.igc.security.UserLevel;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMConnection;
import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.spi.core.protocol.RemotingConnection;
import org.apache.activemq.artemis.spi.core.security.ActiveMQSecurityManager5;
import org.apache.activemq.artemis.spi.core.security.jaas.UserPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Who may do what on the embedded broker once {@code igc.jms.embedded.users} names its users. Each connects
 * with its password, and may send to the request queue, receive on temporary queues of its own (a JMSReplyTo),
 * and, as a System Admin only, read the results queue, which holds every tenant's results. Nothing else: no
 * dead-letter queue, no management, no queues of its own. The gateway's own in-VM connection may do anything.
 */
final class EmbeddedBrokerSecurity implements ActiveMQSecurityManager5 {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedBrokerSecurity.class);

    /** The name a JMS client gives a temporary queue (and its address): a random UUID, which nobody else can guess. */
    private static final Pattern TEMPORARY_QUEUE =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Subject gateway = subject("igc-gateway");
    private final UserDirectory users;
    private final Map<String, Caller> scopes;
    private final String requestQueue;
    private final String resultsQueue;

    EmbeddedBrokerSecurity(JmsProperties properties) {
        var configured = properties.embedded().users();
        this.users = new UserDirectory("igc.jms.embedded.users", configured, new BCryptPasswordEncoder());
        this.scopes = configured.stream().collect(Collectors.toMap(LocalUser::username, LocalUser::caller));
        this.requestQueue = properties.queue();
        this.resultsQueue = properties.resultsQueue();
    }

    @Override
    public Subject authenticate(String user, String password, RemotingConnection connection, String securityDomain) {
        if (connection != null && connection.getTransportConnection() instanceof InVMConnection) {
            return gateway;
        }
        return users.authenticate(user, password).map(known -> subject(known.username())).orElseGet(() -> {
            log.warn("Broker connection refused: unknown user or wrong password from {}",
                    connection == null ? "?" : connection.getRemoteAddress());
            return null;
        });
    }

    @Override
    public boolean authorize(Subject subject, Set<Role> roles, CheckType checkType, String address) {
        if (subject == gateway) {
            return true;
        }
        Caller caller = subject.getPrincipals(UserPrincipal.class).stream().findFirst()
                .map(principal -> scopes.get(principal.getName())).orElse(null);
        if (caller == null) {
            return false;
        }
        // A fully qualified queue name is address::queue; the gateway's queues have one queue per address.
        String name = address.contains("::") ? address.substring(0, address.indexOf("::")) : address;
        boolean temporary = TEMPORARY_QUEUE.matcher(name).matches();
        return switch (checkType) {
            case SEND -> name.equals(requestQueue);
            case CONSUME, BROWSE -> temporary || name.equals(resultsQueue) && caller.level() == UserLevel.SYSTEM_ADMIN;
            case CREATE_ADDRESS, DELETE_ADDRESS, CREATE_NON_DURABLE_QUEUE, DELETE_NON_DURABLE_QUEUE -> temporary;
            default -> false;
        };
    }

    private static Subject subject(String username) {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(username));
        return subject;
    }

    @Override
    public boolean validateUser(String user, String password) {
        throw new UnsupportedOperationException("ActiveMQSecurityManager5.authenticate is used");
    }

    @Override
    public boolean validateUserAndRole(String user, String password, Set<Role> roles, CheckType checkType) {
        throw new UnsupportedOperationException("ActiveMQSecurityManager5.authorize is used");
    }
}
