package dev.vigil.server.infrastructure.security;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.vigil.server.domain.model.indicator.StaffRole;
import dev.vigil.server.domain.model.tenant.PropertyDirectory;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import java.text.ParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a verified chain token may say about its holder, in the claims MicroProfile JWT defines
 * ({@code upn}, else {@code preferred_username} or {@code sub}; {@code groups}) and Vigil's own:
 * <ul>
 * <li>{@code tenant}: may be left out; if given it must be the issuer's own tenant. An issuer never
 * speaks for another tenant.</li>
 * <li>{@code property}: required for the roles bound to a property (staff, security, manager), and a
 * property of the issuer's tenant; admins and integrations may go without (tenant-wide).</li>
 * <li>{@code reporter_roles}: required for staff (the roles they file in); security and managers file as
 * {@code SEC} without it.</li>
 * <li>{@code mandated_reporter}: true or false, optional.</li>
 * </ul>
 * Nothing is assumed where a claim is missing: a token that needs one and lacks it is refused.
 */
final class ChainClaims {

    static final Set<String> ROLES = Set.of("staff", "security", "manager", "admin", "integration");
    private static final Set<String> PROPERTY_BOUND = Set.of("staff", "security", "manager");

    private ChainClaims() {
    }

    static TokenClaims of(JWTClaimsSet claims, TenantId tenant, PropertyDirectory properties) throws InvalidTokenException {
        String name = firstText(claims, "upn", "preferred_username", "sub");
        if (name == null || name.length() > 100 || name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidTokenException("it names no user (upn, preferred_username or sub)");
        }
        String claimedTenant = text(claims, "tenant");
        if (claimedTenant != null && !claimedTenant.equals(tenant.value())) {
            throw new InvalidTokenException("its tenant is not its issuer's");
        }
        Set<String> roles = new HashSet<>();
        for (String group : list(claims, "groups")) {
            String role = group.toLowerCase(Locale.ROOT);
            if (ROLES.contains(role)) {
                roles.add(role);
            }
        }
        String property = text(claims, "property");
        if (property != null && (!PropertyId.isWellFormed(property) || properties.find(new PropertyId(property))
                .filter(p -> p.tenant().equals(tenant)).isEmpty())) {
            throw new InvalidTokenException("its property is not one of its tenant's");
        }
        if (property == null && roles.stream().anyMatch(PROPERTY_BOUND::contains)) {
            throw new InvalidTokenException("it has no property claim, which staff, security and managers need");
        }
        Set<String> reporterRoles = new HashSet<>(list(claims, "reporter_roles"));
        if (reporterRoles.stream().anyMatch(r -> StaffRole.parse(r).isEmpty())) {
            throw new InvalidTokenException("its reporter_roles name an unknown role");
        }
        if (roles.contains("staff") && reporterRoles.isEmpty()) {
            throw new InvalidTokenException("it has no reporter_roles claim, which staff need");
        }
        if (reporterRoles.isEmpty() && (roles.contains("security") || roles.contains("manager"))) {
            reporterRoles.add("SEC");
        }
        Boolean mandated;
        try {
            mandated = claims.getBooleanClaim("mandated_reporter");
        } catch (ParseException e) {
            throw new InvalidTokenException("its mandated_reporter claim is not true or false");
        }
        return new TokenClaims(name, roles, tenant.value(), property, reporterRoles, Boolean.TRUE.equals(mandated));
    }

    private static String firstText(JWTClaimsSet claims, String... names) throws InvalidTokenException {
        for (String n : names) {
            String value = text(claims, n);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String text(JWTClaimsSet claims, String name) throws InvalidTokenException {
        try {
            String value = claims.getStringClaim(name);
            return value == null || value.isBlank() ? null : value;
        } catch (ParseException e) {
            throw new InvalidTokenException("its " + name + " claim is not a string");
        }
    }

    private static List<String> list(JWTClaimsSet claims, String name) throws InvalidTokenException {
        try {
            List<String> values = claims.getStringListClaim(name);
            return values == null ? List.of() : values;
        } catch (ParseException e) {
            throw new InvalidTokenException("its " + name + " claim is not a list of strings");
        }
    }
}
