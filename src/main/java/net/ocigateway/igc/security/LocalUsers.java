package net.ocigateway.igc.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.ocigateway.igc.ocip.BroadWorksProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
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

    /** BCrypt reads no more than this many bytes of a password. */
    private static final int BCRYPT_MAX_BYTES = 72;

    private final Map<String, LocalUser> users = new LinkedHashMap<>();
    private final PasswordEncoder passwords;
    private final String unknownUserHash;

    public LocalUsers(AccessProperties properties, BroadWorksProperties broadWorks, Environment environment,
            PasswordEncoder passwords) {
        this.passwords = passwords;
        List<LocalUser> all = new ArrayList<>(properties.users());
        boolean simulatorIsTheBroadWorks =
                broadWorks.embedded() && environment.getProperty("igc.simulator.enabled", Boolean.class, true);
        if (simulatorIsTheBroadWorks && !properties.demoUsers().isEmpty()) {
            all.addAll(properties.demoUsers());
            log.warn("Demo users {} can log in with their published passwords: they exist only while the embedded "
                    + "BroadWorks simulator runs", properties.demoUsers().stream().map(LocalUser::username).toList());
        }
        for (LocalUser user : all) {
            if (users.putIfAbsent(user.username(), user) != null) {
                throw new IllegalArgumentException("igc.security.users: " + user.username() + " is configured twice");
            }
        }
        // An unknown username is checked against this hash, at the same cost, so it takes as long as a known one.
        String cost = all.isEmpty() ? "10" : all.get(0).passwordHash().substring(4, 6);
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        unknownUserHash = new BCryptPasswordEncoder(Integer.parseInt(cost)).encode(HexFormat.of().formatHex(random));
    }

    /** The user whose password this is; a wrong password and an unknown username cost the same time. */
    public Optional<LocalUser> authenticate(String username, String password) {
        LocalUser user = users.get(username);
        boolean fits = password.getBytes(StandardCharsets.UTF_8).length <= BCRYPT_MAX_BYTES;
        boolean matches = passwords.matches(fits ? password : "", user == null ? unknownUserHash : user.passwordHash());
        return matches && fits && user != null ? Optional.of(user) : Optional.empty();
    }
}
