package net.ocigateway.igc.simulator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/** The seed file's shape (config/simulator-seed.json) and how it becomes the simulator's state. */
record SimulatorSeed(List<SeedAdministrator> administrators, List<SeedServiceProvider> serviceProviders) {

    static final String INSTANT_GROUP_CALL = "Instant Group Call";

    record SeedAdministrator(String userId, String password, String loginType, String userDomain) {}

    record SeedServiceProvider(String id, boolean enterprise, List<SeedDepartment> departments, List<SeedGroup> groups) {}

    record SeedDepartment(String name, String parent, String callingLineIdName, String callingLineIdPhoneNumber) {}

    record SeedGroup(
            String id,
            String name,
            String defaultDomain,
            String countryCode,
            String nationalPrefix,
            String callingLineIdPhoneNumber,
            String timeZone,
            int userLimit,
            List<String> services,
            List<SeedDepartment> departments,
            List<String> phoneNumbers,
            List<SeedRange> phoneNumberRanges) {}

    /** Consecutive E.164 numbers, both ends included. */
    record SeedRange(String from, String to) {}

    /** The administrators, all with {@code password} instead of their seed password when it is not empty. */
    Map<String, Administrator> administratorsById(String password) {
        Map<String, Administrator> byId = new LinkedHashMap<>();
        for (SeedAdministrator administrator : listOrEmpty(administrators)) {
            byId.put(administrator.userId(), new Administrator(administrator.userId(),
                    password.isEmpty() ? administrator.password() : password,
                    administrator.loginType(), administrator.userDomain()));
        }
        return byId;
    }

    SimulatorStore toStore() {
        Map<String, SimulatedServiceProvider> serviceProvidersById = new LinkedHashMap<>();
        for (SeedServiceProvider serviceProvider : listOrEmpty(serviceProviders)) {
            Map<String, Department> enterpriseDepartments = departments(serviceProvider.departments());
            Map<String, SimulatedGroup> groups = new LinkedHashMap<>();
            for (SeedGroup group : listOrEmpty(serviceProvider.groups())) {
                groups.put(group.id(), new SimulatedGroup(
                        serviceProvider.id(),
                        group.id(),
                        group.name(),
                        group.defaultDomain(),
                        group.countryCode(),
                        group.nationalPrefix(),
                        group.callingLineIdPhoneNumber(),
                        group.timeZone(),
                        group.userLimit(),
                        listOrEmpty(group.services()).contains(INSTANT_GROUP_CALL),
                        departments(group.departments()),
                        enterpriseDepartments,
                        phoneNumbers(group)));
            }
            serviceProvidersById.put(serviceProvider.id(), new SimulatedServiceProvider(
                    serviceProvider.id(), serviceProvider.enterprise(), enterpriseDepartments, Map.copyOf(groups)));
        }
        return new SimulatorStore(serviceProvidersById);
    }

    private static Map<String, Department> departments(List<SeedDepartment> seeded) {
        Map<String, Department> byName = new LinkedHashMap<>();
        for (SeedDepartment department : listOrEmpty(seeded)) {
            byName.put(department.name(), new Department(
                    department.name(),
                    department.parent(),
                    department.callingLineIdName(),
                    department.callingLineIdPhoneNumber()));
        }
        return Collections.unmodifiableMap(byName);
    }

    private static SortedSet<String> phoneNumbers(SeedGroup group) {
        SortedSet<String> numbers = new TreeSet<>(listOrEmpty(group.phoneNumbers()));
        for (SeedRange range : listOrEmpty(group.phoneNumberRanges())) {
            long from = Long.parseLong(range.from().substring(1));
            long to = Long.parseLong(range.to().substring(1));
            if (!range.from().startsWith("+") || range.from().length() != range.to().length() || to < from) {
                throw new IllegalArgumentException("bad phone number range in the simulator seed: " + range);
            }
            for (long number = from; number <= to; number++) {
                numbers.add("+" + number);
            }
        }
        return Collections.unmodifiableSortedSet(numbers);
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
