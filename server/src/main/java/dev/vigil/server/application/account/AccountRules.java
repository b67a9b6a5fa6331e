package dev.vigil.server.application.account;

import dev.vigil.server.application.shared.AppRole;
import dev.vigil.server.application.shared.Caller;
import dev.vigil.server.application.shared.FieldError;
import dev.vigil.server.domain.model.indicator.StaffRole;
import dev.vigil.server.domain.model.tenant.PropertyDirectory;
import dev.vigil.server.domain.model.tenant.PropertyId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Who may hold what: tenant-wide accounts ({@code admin}, {@code integration}) have no property,
 * property accounts ({@code staff}, {@code security}, {@code manager}) have one; managers reach only
 * the property accounts of their own property.
 */
final class AccountRules {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,62}");
    static final Set<AppRole> TENANT_WIDE = EnumSet.of(AppRole.ADMIN, AppRole.INTEGRATION);
    static final Set<AppRole> PROPERTY_ROLES = EnumSet.of(AppRole.STAFF, AppRole.SECURITY, AppRole.MANAGER);
    private static final Set<String> ALL_STAFF_ROLES = Arrays.stream(StaffRole.values()).map(Enum::name)
            .collect(Collectors.toCollection(LinkedHashSet::new));

    private AccountRules() {
    }

    /** Admins manage their tenant; managers their property; nobody else manages accounts. */
    static boolean manages(Caller caller) {
        return caller.has(AppRole.ADMIN) || (caller.has(AppRole.MANAGER) && caller.boundProperty().isPresent());
    }

    /** True when the caller may see and change this account. */
    static boolean reaches(Caller caller, Account account) {
        if (!caller.tenant().value().equals(account.tenant())) {
            return false;
        }
        if (caller.has(AppRole.ADMIN)) {
            return true;
        }
        return caller.has(AppRole.MANAGER) && caller.boundProperty().map(PropertyId::value).orElse("").equals(account.property())
                && account.roles().stream().map(AppRole::fromRoleName).allMatch(PROPERTY_ROLES::contains);
    }

    static Set<AppRole> roles(List<String> names, Caller caller, List<FieldError> errors) {
        Set<AppRole> roles = EnumSet.noneOf(AppRole.class);
        if (names == null || names.isEmpty()) {
            errors.add(new FieldError("roles", "give at least one role: staff, security, manager, admin, integration"));
            return roles;
        }
        for (String name : names) {
            try {
                roles.add(AppRole.fromRoleName(name == null ? "" : name));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("roles", "unknown role '" + name + "'; one of staff, security, manager, admin, integration"));
            }
        }
        if (!caller.has(AppRole.ADMIN) && roles.stream().anyMatch(r -> !PROPERTY_ROLES.contains(r))) {
            errors.add(new FieldError("roles", "a manager may give staff, security and manager only"));
        }
        if (roles.stream().anyMatch(TENANT_WIDE::contains) && roles.stream().anyMatch(PROPERTY_ROLES::contains)) {
            errors.add(new FieldError("roles", "admin and integration accounts are tenant-wide; give them no property role"));
        }
        return roles;
    }

    /** The property the account belongs to: none for tenant-wide roles, else one of the caller's reach. */
    static String property(String asked, Set<AppRole> roles, Caller caller, PropertyDirectory properties, List<FieldError> errors) {
        boolean tenantWide = !roles.isEmpty() && roles.stream().allMatch(TENANT_WIDE::contains);
        String wanted = asked == null || asked.isBlank() ? caller.boundProperty().map(PropertyId::value).orElse(null) : asked.trim();
        if (tenantWide) {
            if (asked != null && !asked.isBlank()) {
                errors.add(new FieldError("property", "admin and integration accounts belong to no property"));
            }
            return null;
        }
        if (wanted == null) {
            errors.add(new FieldError("property", "is required for staff, security and manager accounts"));
            return null;
        }
        boolean known = PropertyId.isWellFormed(wanted) && properties.find(new PropertyId(wanted))
                .filter(p -> caller.covers(p.tenant(), p.id())).isPresent();
        if (!known) {
            errors.add(new FieldError("property", "unknown property '" + wanted + "'"));
        }
        return wanted;
    }

    /** Staff roles as given, else what the roles suggest: every role for staff, SEC for security and managers. */
    static Set<String> reporterRoles(List<String> codes, Set<AppRole> roles, List<FieldError> errors) {
        if (codes == null || codes.isEmpty()) {
            return roles.contains(AppRole.STAFF) ? ALL_STAFF_ROLES
                    : roles.contains(AppRole.SECURITY) || roles.contains(AppRole.MANAGER) ? Set.of("SEC") : Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String code : codes) {
            StaffRole.parse(code == null ? "" : code.toUpperCase(Locale.ROOT)).ifPresentOrElse(r -> out.add(r.name()),
                    () -> errors.add(new FieldError("reporterRoles", "unknown staff role '" + code + "'; one of " + ALL_STAFF_ROLES)));
        }
        return out;
    }

    static Set<String> names(Set<AppRole> roles) {
        return roles.stream().map(AppRole::roleName).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
