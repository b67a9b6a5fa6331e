package dev.vigil.server.application.observation;

import dev.vigil.server.application.notification.CaseAlerts;
import dev.vigil.server.testing.TestRoutes;

import dev.vigil.plugin.subject.SubjectKind;
import dev.vigil.server.application.casefile.CaseBook;
import dev.vigil.server.application.pattern.PatternEvaluation;
import dev.vigil.server.application.shared.AppRole;
import dev.vigil.server.application.shared.Caller;
import dev.vigil.server.domain.model.indicator.StaffRole;
import dev.vigil.server.domain.model.tenant.Property;
import dev.vigil.server.domain.model.tenant.PropertyDirectory;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import dev.vigil.server.domain.service.ReportingNumbers;
import dev.vigil.server.infrastructure.config.DemoProperties;
import dev.vigil.server.infrastructure.crypto.AesGcmNoteCipher;
import dev.vigil.server.infrastructure.crypto.HmacPseudonymizer;
import dev.vigil.server.infrastructure.crypto.TenantKeyring;
import dev.vigil.server.testing.InMemoryStores;
import dev.vigil.server.testing.TestPacks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The filing use case wired with in-memory stores, real crypto and the default pack. */
final class FilingFixture {

    static final Instant NOW = Instant.parse("2026-11-22T15:00:00Z");
    static final TenantId DEMO_CHAIN = new TenantId("demo-chain");
    static final TenantId OTHER_CHAIN = new TenantId("other-chain");

    static final Caller FRONTDESK = new Caller("frontdesk", Set.of(AppRole.STAFF), DEMO_CHAIN,
            new PropertyId("demo-hotel"), EnumSet.allOf(StaffRole.class));
    static final Caller HOUSEKEEPER = new Caller("maria", Set.of(AppRole.STAFF), DEMO_CHAIN,
            new PropertyId("demo-hotel"), Set.of(StaffRole.HK));
    static final Caller SECURITY = new Caller("security", Set.of(AppRole.SECURITY), DEMO_CHAIN,
            new PropertyId("demo-hotel"), Set.of(StaffRole.SEC));
    static final Caller INTEGRATION = new Caller("integration", Set.of(AppRole.INTEGRATION), DEMO_CHAIN, null, Set.of());
    static final Caller ADMIN = new Caller("admin", Set.of(AppRole.ADMIN), DEMO_CHAIN, null, Set.of());
    static final Caller OTHER_SECURITY = new Caller("othersecurity", Set.of(AppRole.SECURITY), OTHER_CHAIN,
            new PropertyId("other-hotel"), Set.of(StaffRole.SEC));

    final InMemoryStores.Observations observations = new InMemoryStores.Observations();
    final InMemoryStores.Stays stays = new InMemoryStores.Stays();
    final InMemoryStores.Idempotency idempotency = new InMemoryStores.Idempotency();
    final InMemoryStores.Audit audit = new InMemoryStores.Audit();
    final TenantKeyring keyring = TenantKeyring.of(Map.of(DEMO_CHAIN, secret(1), OTHER_CHAIN, secret(2)));
    final HmacPseudonymizer pseudonymizer = new HmacPseudonymizer(keyring);
    final AesGcmNoteCipher notes = new AesGcmNoteCipher(keyring);
    final InMemoryStores.Histories histories = new InMemoryStores.Histories(observations);
    final InMemoryStores.Cases cases = new InMemoryStores.Cases();
    final InMemoryStores.Outbox outbox = new InMemoryStores.Outbox();
    final DefaultObservationFilingService filing = new DefaultObservationFilingService();
    final DefaultObservationQueryService queries = new DefaultObservationQueryService();

    FilingFixture() {
        FilingTransaction tx = new FilingTransaction();
        tx.packs = TestPacks::defaultPack;
        tx.settings = new FixedSettings();
        tx.properties = new DemoDirectory();
        tx.observations = observations;
        tx.stays = stays;
        tx.idempotency = idempotency;
        tx.pseudonymizer = pseudonymizer;
        tx.notes = notes;
        tx.audit = audit;
        tx.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        tx.noteLinter = FilingFixture::bundledLinter;
        tx.patterns = new PatternEvaluation(TestPacks::defaultPack, TestPacks::defaultRules, histories, new CaseBook(cases,
                new CaseAlerts(outbox, new TestRoutes(), new DemoDirectory(), TestPacks.connecticut(), TestPacks.alertWording())), TestPacks.connecticut(),
                dev.vigil.server.domain.model.pattern.SubjectHolds.NONE, TestPacks::messages);
        filing.transaction = tx;
        filing.transientFailures = new dev.vigil.server.infrastructure.persistence.jpa.JpaTransientFailures();
        queries.observations = observations;
        queries.stays = stays;
        queries.notes = notes;
        queries.audit = audit;
        queries.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    private static dev.vigil.server.domain.service.NoteLinter linter;

    static synchronized dev.vigil.server.domain.service.NoteLinter bundledLinter() {
        if (linter == null) {
            try (var in = FilingFixture.class.getClassLoader().getResourceAsStream(
                    dev.vigil.server.infrastructure.packs.NoteTermsLoader.BUNDLED)) {
                linter = new dev.vigil.server.infrastructure.packs.NoteTermsLoader().load("note-terms", in);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return linter;
    }

    private static byte[] secret(int seed) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) seed);
        return bytes;
    }

    /** A valid filing by the front desk, to be varied by each test. */
    static Filing filing() {
        return new Filing();
    }

    /** Fluent builder of a filing command. */
    static final class Filing {
        Caller caller = FRONTDESK;
        String propertyId = "demo-hotel";
        OffsetDateTime observedAt = NOW.minus(Duration.ofMinutes(10)).atOffset(ZoneOffset.ofHours(-5));
        String reporterId = "frontdesk";
        String reporterRole = "FD";
        String room = "214";
        String area;
        String reservationRef = "R-1001";
        List<String> indicators = new ArrayList<>(List.of("CTRL_SPEAKS_FOR"));
        Map<SubjectKind, String> subjects = new EnumMap<>(SubjectKind.class);
        String note;
        String key;
        String lang = "en";

        Filing by(Caller c) {
            caller = c;
            reporterId = c.name();
            return this;
        }

        Filing role(String r) {
            reporterRole = r;
            return this;
        }

        Filing indicators(String... codes) {
            indicators = new ArrayList<>(Arrays.asList(codes));
            return this;
        }

        Filing room(String r, String reservation) {
            room = r;
            reservationRef = reservation;
            return this;
        }

        Filing at(Instant instant) {
            observedAt = instant.atOffset(ZoneOffset.ofHours(-5));
            return this;
        }

        Filing subject(SubjectKind kind, String raw) {
            subjects.put(kind, raw);
            return this;
        }

        Filing note(String n) {
            note = n;
            return this;
        }

        Filing key(String k) {
            key = k;
            return this;
        }

        Filing lang(String l) {
            lang = l;
            return this;
        }

        Filing with(java.util.function.Consumer<Filing> change) {
            change.accept(this);
            return this;
        }

        FileObservationCommand command() {
            String canonical = propertyId + "|" + observedAt + "|" + reporterId + "|" + reporterRole + "|" + room
                    + "|" + area + "|" + reservationRef + "|" + indicators + "|" + subjects + "|" + note;
            return new FileObservationCommand(caller, propertyId, observedAt, reporterId, reporterRole, room, area,
                    reservationRef, indicators, subjects, note, key, canonical, List.of(lang), List.of());
        }
    }

    static final class FixedSettings implements FilingSettings {
        @Override
        public Duration observationWindow(String propertyId) {
            return Duration.ofDays(90);
        }

        @Override
        public Duration clockSkewAllowance() {
            return Duration.ofMinutes(5);
        }

        @Override
        public Duration stayJoinWindow() {
            return Duration.ofHours(72);
        }

        @Override
        public Duration reservationReuseAfter() {
            return Duration.ofDays(60);
        }

        @Override
        public ReportingNumbers numbersFor(String propertyId) {
            return new ReportingNumbers("911", "1-888-373-7888", "233733");
        }
    }

    static final class DemoDirectory implements PropertyDirectory {
        @Override
        public Optional<Property> find(PropertyId id) {
            return DemoProperties.ALL.stream().filter(p -> p.id().equals(id)).findFirst();
        }

        @Override
        public List<Property> all() {
            return DemoProperties.ALL;
        }
    }
}
