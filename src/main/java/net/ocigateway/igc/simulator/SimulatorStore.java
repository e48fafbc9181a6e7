package net.ocigateway.igc.simulator;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The simulated BroadWorks state, in memory. Service user ids are unique system-wide through one concurrent
 * index; every other rule is checked and applied under the lock of the one group concerned.
 */
final class SimulatorStore {

    private final Map<String, SimulatedServiceProvider> serviceProviders;
    /** serviceUserId → the group that owns it, for commands that carry only the id. */
    private final ConcurrentHashMap<String, SimulatedGroup> owners = new ConcurrentHashMap<>();

    SimulatorStore(Map<String, SimulatedServiceProvider> serviceProviders) {
        this.serviceProviders = Map.copyOf(serviceProviders);
    }

    SimulatedServiceProvider serviceProvider(String serviceProviderId) {
        SimulatedServiceProvider serviceProvider = serviceProviders.get(serviceProviderId);
        if (serviceProvider == null) {
            throw new CommandRejected(SimulatorError.SERVICE_PROVIDER_NOT_FOUND, serviceProviderId);
        }
        return serviceProvider;
    }

    SimulatedGroup group(String serviceProviderId, String groupId) {
        SimulatedGroup group = serviceProvider(serviceProviderId).groups().get(groupId);
        if (group == null) {
            throw new CommandRejected(SimulatorError.GROUP_NOT_FOUND, serviceProviderId, groupId);
        }
        return group;
    }

    IgcInstance instance(String serviceUserId) {
        SimulatedGroup group = owners.get(serviceUserId);
        IgcInstance instance = group == null ? null : group.instances.get(serviceUserId);
        if (instance == null) {
            throw new CommandRejected(SimulatorError.USER_NOT_FOUND, serviceUserId);
        }
        return instance;
    }

    SimulatedGroup groupOf(IgcInstance instance) {
        return serviceProviders.get(instance.serviceProviderId()).groups().get(instance.groupId());
    }

    void add(SimulatedGroup group, IgcInstance.Draft draft) {
        if (!group.instantGroupCallAssigned) {
            throw new CommandRejected(SimulatorError.SERVICE_NOT_ASSIGNED, group.serviceProviderId, group.groupId);
        }
        draft.serviceProviderId = group.serviceProviderId;
        draft.groupId = group.groupId;
        synchronized (group) {
            if (owners.putIfAbsent(draft.serviceUserId, group) != null) {
                throw new CommandRejected(SimulatorError.USER_ALREADY_EXISTS, draft.serviceUserId);
            }
            try {
                commit(group, null, draft);
            } catch (CommandRejected rejected) {
                owners.remove(draft.serviceUserId, group);
                throw rejected;
            }
        }
    }

    void modify(String serviceUserId, Consumer<IgcInstance.Draft> edits) {
        SimulatedGroup group = groupOf(instance(serviceUserId));
        synchronized (group) {
            IgcInstance current = instance(serviceUserId);
            IgcInstance.Draft draft = current.toDraft();
            edits.accept(draft);
            commit(group, current, draft);
        }
    }

    void delete(String serviceUserId) {
        SimulatedGroup group = groupOf(instance(serviceUserId));
        synchronized (group) {
            IgcInstance current = instance(serviceUserId);
            group.instances.remove(serviceUserId);
            owners.remove(serviceUserId, group);
            group.phoneNumbersInUse.remove(current.phoneNumber());
            group.extensionsInUse.remove(current.extension());
        }
    }

    void rename(String serviceUserId, String newServiceUserId) {
        SimulatedGroup group = groupOf(instance(serviceUserId));
        synchronized (group) {
            IgcInstance.Draft draft = instance(serviceUserId).toDraft();
            if (serviceUserId.equals(newServiceUserId)) {
                return;
            }
            if (owners.putIfAbsent(newServiceUserId, group) != null) {
                throw new CommandRejected(SimulatorError.USER_ALREADY_EXISTS, newServiceUserId);
            }
            draft.serviceUserId = newServiceUserId;
            group.instances.put(newServiceUserId, draft.build());
            group.instances.remove(serviceUserId);
            owners.remove(serviceUserId, group);
        }
    }

    /** Sets the active flags; every id is checked before any flag changes. */
    void setActive(Map<String, Boolean> activeByServiceUserId) {
        activeByServiceUserId.keySet().forEach(this::instance);
        activeByServiceUserId.forEach((serviceUserId, active) -> modify(serviceUserId, draft -> draft.active = active));
    }

    List<IgcInstance> instances(SimulatedGroup group) {
        return List.copyOf(group.instances.values());
    }

    /** Checks the group-level rules for a new or changed instance, then swaps it in. Caller holds the group lock. */
    private void commit(SimulatedGroup group, IgcInstance current, IgcInstance.Draft draft) {
        String oldPhoneNumber = current == null ? null : current.phoneNumber();
        String oldExtension = current == null ? null : current.extension();
        if (draft.phoneNumber != null) {
            draft.phoneNumber = group.toE164(draft.phoneNumber);
        }
        checkDepartment(group, draft.department);
        boolean phoneNumberChanged = !Objects.equals(draft.phoneNumber, oldPhoneNumber);
        if (phoneNumberChanged && draft.phoneNumber != null) {
            if (!group.phoneNumbers.contains(draft.phoneNumber)) {
                throw new CommandRejected(SimulatorError.PHONE_NUMBER_NOT_IN_GROUP, draft.phoneNumber);
            }
            if (group.phoneNumbersInUse.contains(draft.phoneNumber)) {
                throw new CommandRejected(SimulatorError.PHONE_NUMBER_IN_USE, draft.phoneNumber);
            }
        }
        boolean extensionChanged = !Objects.equals(draft.extension, oldExtension);
        if (extensionChanged && draft.extension != null && group.extensionsInUse.contains(draft.extension)) {
            throw new CommandRejected(SimulatorError.EXTENSION_IN_USE, draft.extension);
        }
        if (phoneNumberChanged) {
            group.phoneNumbersInUse.remove(oldPhoneNumber);
            if (draft.phoneNumber != null) {
                group.phoneNumbersInUse.add(draft.phoneNumber);
            }
        }
        if (extensionChanged) {
            group.extensionsInUse.remove(oldExtension);
            if (draft.extension != null) {
                group.extensionsInUse.add(draft.extension);
            }
        }
        group.instances.put(draft.serviceUserId, draft.build());
    }

    private static void checkDepartment(SimulatedGroup group, DepartmentKey department) {
        if (department == null) {
            return;
        }
        boolean known = department.isEnterprise()
                ? department.serviceProviderId().equals(group.serviceProviderId)
                        && group.enterpriseDepartments.containsKey(department.name())
                : department.serviceProviderId().equals(group.serviceProviderId)
                        && department.groupId().equals(group.groupId)
                        && group.departments.containsKey(department.name());
        if (!known) {
            throw new CommandRejected(SimulatorError.DEPARTMENT_NOT_FOUND, department.name());
        }
    }
}
