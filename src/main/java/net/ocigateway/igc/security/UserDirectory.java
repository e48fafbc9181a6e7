package net.ocigateway.igc.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Configured users with BCrypt-hashed passwords, checked so that a wrong password and an unknown username
 * cost the same time.
 */
public final class UserDirectory {

    /** BCrypt reads no more than this many bytes of a password. */
    private static final int BCRYPT_MAX_BYTES = 72;

    private final Map<String, LocalUser> users = new LinkedHashMap<>();
    private final PasswordEncoder passwords;
    private final String unknownUserHash;

    /**
     * @param key the configuration key the users come from, named when one is configured twice
     */
    public UserDirectory(String key, List<LocalUser> all, PasswordEncoder passwords) {
        this.passwords = passwords;
        for (LocalUser user : all) {
            if (users.putIfAbsent(user.username(), user) != null) {
                throw new IllegalArgumentException(key + ": " + user.username() + " is configured twice");
            }
        }
        // An unknown username is checked against this hash, at the same cost, so it takes as long as a known one.
        String cost = all.isEmpty() ? "10" : all.get(0).passwordHash().substring(4, 6);
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        unknownUserHash = new BCryptPasswordEncoder(Integer.parseInt(cost)).encode(HexFormat.of().formatHex(random));
    }

    /** The user whose password this is. */
    public Optional<LocalUser> authenticate(String username, String password) {
        LocalUser user = username == null ? null : users.get(username);
        String given = password == null ? "" : password;
        boolean fits = given.getBytes(StandardCharsets.UTF_8).length <= BCRYPT_MAX_BYTES;
        boolean matches = passwords.matches(fits ? given : "", user == null ? unknownUserHash : user.passwordHash());
        return matches && fits && user != null ? Optional.of(user) : Optional.empty();
    }
}
