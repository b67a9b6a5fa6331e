package dev.vigil.server.application.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.server.application.shared.AppRole;
import dev.vigil.server.application.shared.Caller;
import dev.vigil.server.application.shared.ForbiddenException;
import dev.vigil.server.application.shared.InvalidRequestException;
import dev.vigil.server.application.shared.NotFoundException;
import dev.vigil.server.domain.model.casefile.SubjectMarking;
import dev.vigil.server.domain.model.indicator.StaffRole;
import dev.vigil.server.domain.model.pattern.Marker;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.pattern.SubjectType;
import dev.vigil.server.domain.model.tenant.Property;
import dev.vigil.server.domain.model.tenant.PropertyDirectory;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import dev.vigil.server.infrastructure.crypto.HmacPseudonymizer;
import dev.vigil.server.infrastructure.crypto.TenantKeyring;
import dev.vigil.server.infrastructure.persistence.jpa.JpaAuditLog;
import dev.vigil.server.infrastructure.persistence.jpa.JpaObservationHistory;
import dev.vigil.server.infrastructure.persistence.jpa.JpaSubjectMarkings;
import dev.vigil.server.testing.TestDatabases;
import dev.vigil.server.testing.TestDatabases.Database;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two properties of one chain: a property's security marks for its own property only, a tenant-wide
 * marking is an administrator's act, and each property lists what applies to it with who made it.
 */
class MarkingScopeTest {

    private static final Instant T = Instant.parse("2026-11-20T12:00:00Z");

    static Stream<Database> databases() {
        return TestDatabases.both();
    }

    /** A chain of its own per test, with two hotels. */
    private record Chain(TenantId tenant, PropertyId a, PropertyId b, HmacPseudonymizer pseudonymizer, PropertyDirectory directory) {
        static Chain fresh() {
            TenantId tenant = new TenantId("chain-" + UUID.randomUUID().toString().substring(0, 8));
            PropertyId a = new PropertyId(tenant.value() + "-harbor");
            PropertyId b = new PropertyId(tenant.value() + "-airport");
            byte[] secret = new byte[32];
            Arrays.fill(secret, (byte) 7);
            List<Property> all = List.of(new Property(a, tenant, "Harbor", ZoneId.of("America/New_York")),
                    new Property(b, tenant, "Airport", ZoneId.of("America/New_York")));
            PropertyDirectory directory = new PropertyDirectory() {
                @Override
                public Optional<Property> find(PropertyId id) {
                    return all.stream().filter(p -> p.id().equals(id)).findFirst();
                }

                @Override
                public List<Property> all() {
                    return all;
                }
            };
            return new Chain(tenant, a, b, new HmacPseudonymizer(TenantKeyring.of(Map.of(tenant, secret))), directory);
        }

        Caller security(PropertyId at) {
            return new Caller("security@" + at.value(), Set.of(AppRole.SECURITY), tenant, at, Set.of(StaffRole.SEC));
        }

        Caller admin() {
            return new Caller("admin@" + tenant.value(), Set.of(AppRole.ADMIN), tenant, null, Set.of());
        }

        Caller unboundSecurity() {
            return new Caller("regional-security", Set.of(AppRole.SECURITY), tenant, null, Set.of(StaffRole.SEC));
        }
    }

    private static <T> T with(Database db, Chain chain, Function<DefaultMarkingService, T> work) {
        Object[] result = new Object[1];
        db.inTransaction(em -> result[0] = work.apply(service(em, chain)));
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }

    private static DefaultMarkingService service(EntityManager em, Chain chain) {
        DefaultMarkingService s = new DefaultMarkingService();
        s.markings = new JpaSubjectMarkings(em);
        s.pseudonymizer = chain.pseudonymizer();
        s.properties = chain.directory();
        s.audit = new JpaAuditLog(em);
        s.clock = Clock.fixed(T, ZoneOffset.UTC);
        return s;
    }

    private static MarkCommand exclude(String propertyId, String card) {
        return new MarkCommand(propertyId, "PAYER", null, card, "EXCLUDED", "the hotel's own corporate card");
    }

    private static Set<Marker> markersSeenAt(Database db, Chain chain, PropertyId property, SubjectKey key) {
        return db.read(em -> new JpaObservationHistory(em, chain.tenant(), property).markers(key));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aPropertysExclusionAppliesToThatPropertyOnly_andIsNeitherListedNorLiftableAtItsSister(Database db) {
        Chain chain = Chain.fresh();
        SubjectMarking marked = with(db, chain, s -> s.mark(chain.security(chain.a()), exclude(null, "4111 1111 1111 1111")));

        assertThat(marked.propertyId()).contains(chain.a().value());
        SubjectKey card = marked.key();
        assertThat(card.type()).isEqualTo(SubjectType.PAYER);
        assertThat(markersSeenAt(db, chain, chain.a(), card)).containsExactly(Marker.EXCLUDED);
        assertThat(markersSeenAt(db, chain, chain.b(), card)).as("the sister property still correlates the card").isEmpty();

        List<SubjectMarking> atB = with(db, chain, s -> s.active(chain.security(chain.b())));
        List<SubjectMarking> atA = with(db, chain, s -> s.active(chain.security(chain.a())));
        assertThat(atB).isEmpty();
        assertThat(atA).extracting(SubjectMarking::id).containsExactly(marked.id());
        assertThatThrownBy(() -> with(db, chain, s -> s.lift(chain.security(chain.b()), marked.id(), "not ours")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> with(db, chain, s -> s.mark(chain.security(chain.a()), exclude(chain.b().value(), "4111 1111 1111 1111"))))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("propertyId");

        // the sister property's security may make its own marking of the same card, for itself
        SubjectMarking own = with(db, chain, s -> s.mark(chain.security(chain.b()), exclude(null, "4111 1111 1111 1111")));
        assertThat(own.propertyId()).contains(chain.b().value());
        assertThat(markersSeenAt(db, chain, chain.b(), card)).containsExactly(Marker.EXCLUDED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aTenantWideMarkingIsAnAdministratorsAct_andEveryPropertyListsItWithWhoMadeIt(Database db) {
        Chain chain = Chain.fresh();
        assertThatThrownBy(() -> with(db, chain, s -> s.mark(chain.unboundSecurity(), exclude(null, "shuttle card"))))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .anyMatch(f -> f.field().equals("propertyId") && f.message().contains("administrator")));

        SubjectMarking wide = with(db, chain, s -> s.mark(chain.admin(), exclude(null, "shuttle card")));
        assertThat(wide.propertyId()).isEmpty();
        assertThat(markersSeenAt(db, chain, chain.a(), wide.key())).containsExactly(Marker.EXCLUDED);
        assertThat(markersSeenAt(db, chain, chain.b(), wide.key())).containsExactly(Marker.EXCLUDED);
        for (PropertyId p : List.of(chain.a(), chain.b())) {
            List<SubjectMarking> listed = with(db, chain, s -> s.active(chain.security(p)));
            assertThat(listed).extracting(SubjectMarking::id).containsExactly(wide.id());
            assertThat(listed.get(0).createdBy()).isEqualTo(chain.admin().name());
        }

        assertThatThrownBy(() -> with(db, chain, s -> s.lift(chain.security(chain.a()), wide.id(), "we disagree")))
                .isInstanceOf(ForbiddenException.class);
        assertThat(markersSeenAt(db, chain, chain.b(), wide.key())).containsExactly(Marker.EXCLUDED);

        with(db, chain, s -> s.lift(chain.admin(), wide.id(), "the shuttle was sold"));
        assertThat(markersSeenAt(db, chain, chain.a(), wide.key())).isEmpty();
        List<SubjectMarking> afterLift = with(db, chain, s -> s.active(chain.security(chain.b())));
        assertThat(afterLift).isEmpty();
    }
}
