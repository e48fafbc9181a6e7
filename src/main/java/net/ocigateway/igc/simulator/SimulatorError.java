package net.ocigateway.igc.simulator;

/**
 * The errors the simulator answers with. The default codes are this simulator's own choice where no public
 * source shows BroadWorks' real value (only 4008, 4152, 4400 and 4962 were seen in public captures): they are
 * not BroadWorks' documented values. Each one can be changed with {@code igc.simulator.error-codes.<name>}.
 */
enum SimulatorError {
    NOT_LOGGED_IN(4003, "Not logged in"),
    USER_NOT_FOUND(4008, "User not found: %s"),
    SERVICE_PROVIDER_NOT_FOUND(4150, "Service provider not found: %s"),
    GROUP_NOT_FOUND(4152, "Group not found: %s:%s"),
    SERVICE_NOT_ASSIGNED(4400, "Could not add service instance: service Instant Group Call is not assigned to group %s:%s"),
    USER_ALREADY_EXISTS(4600, "User already exists: %s"),
    PHONE_NUMBER_IN_USE(4601, "Phone number already in use: %s"),
    PHONE_NUMBER_NOT_IN_GROUP(4602, "Phone number is not assigned to the group: %s"),
    EXTENSION_IN_USE(4603, "Extension already in use in the group: %s"),
    DEPARTMENT_NOT_FOUND(4604, "Department not found: %s"),
    INVALID_REQUEST(4605, "OCI XML request validation error: %s"),
    TOO_MANY_COMMANDS(4607, "Too many commands in one document: %s (at most 15)"),
    INVALID_LOGIN(4962, "Invalid userId or password.");

    private final int defaultCode;
    private final String summaryFormat;

    SimulatorError(int defaultCode, String summaryFormat) {
        this.defaultCode = defaultCode;
        this.summaryFormat = summaryFormat;
    }

    int defaultCode() {
        return defaultCode;
    }

    String summary(Object... arguments) {
        return summaryFormat.formatted(arguments);
    }
}
