package net.ocigateway.igc.jms;

import java.util.Arrays;
import java.util.Optional;

/** The operations a message can ask for, each run by the same route as its REST verb. */
public enum Operation {
    CREATE("create", "direct:igc-create", false),
    UPDATE("update", "direct:igc-update", true),
    DELETE("delete", "direct:igc-delete", true),
    GET("get", "direct:igc-get", true),
    LIST("list", "direct:igc-list", false),
    SET_ACTIVE("setActive", "direct:igc-bulk-active", false);

    private final String wireName;
    private final String route;
    private final boolean addressesInstance;

    Operation(String wireName, String route, boolean addressesInstance) {
        this.wireName = wireName;
        this.route = route;
        this.addressesInstance = addressesInstance;
    }

    /** The name in a message's {@code operation} field. */
    public String wireName() {
        return wireName;
    }

    /** The endpoint of the route that runs it. */
    public String route() {
        return route;
    }

    /** True when the operation needs a {@code serviceUserId}, as its REST path does. */
    public boolean addressesInstance() {
        return addressesInstance;
    }

    public static Optional<Operation> byWireName(String name) {
        return Arrays.stream(values()).filter(operation -> operation.wireName.equals(name)).findFirst();
    }

    public static String wireNames() {
        return String.join(", ", Arrays.stream(values()).map(Operation::wireName).toList());
    }
}
