package net.ocigateway.igc.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.ocigateway.igc.ocip.BroadWorksProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The users who log in at the gateway, with BCrypt-hashed passwords from configuration. The demo users are
 * added only while the embedded BroadWorks simulator is the gateway's BroadWorks (no {@code igc.broadworks.url}),
 * so a gateway pointed at any URL never accepts their published passwords, even with the simulator switched on
 * beside it.
 */
@Component
public class LocalUsers {

    private static final Logger log = LoggerFactory.getLogger(LocalUsers.class);

    private final UserDirectory users;

    public LocalUsers(AccessProperties properties, BroadWorksProperties broadWorks, Environment environment,
            PasswordEncoder passwords) {
        List<LocalUser> all = new ArrayList<>(properties.users());
        boolean simulatorIsTheBroadWorks =
                broadWorks.embedded() && environment.getProperty("igc.simulator.enabled", Boolean.class, true);
        if (simulatorIsTheBroadWorks && !properties.demoUsers().isEmpty()) {
            all.addAll(properties.demoUsers());
            log.warn("Demo users {} can log in with their published passwords: they exist only while the embedded "
                    + "BroadWorks simulator runs", properties.demoUsers().stream().map(LocalUser::username).toList());
        }
        users = new UserDirectory("igc.security.users", all, passwords);
    }

    /** The user whose password this is; a wrong password and an unknown username cost the same time. */
    public Optional<LocalUser> authenticate(String username, String password) {
        return users.authenticate(username, password);
    }
}
