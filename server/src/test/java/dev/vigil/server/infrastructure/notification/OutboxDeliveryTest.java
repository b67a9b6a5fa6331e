package dev.vigil.server.infrastructure.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.vigil.plugin.notify.NotificationChannel;
import dev.vigil.server.application.casefile.CaseBook;
import dev.vigil.server.application.notification.CaseAlerts;
import dev.vigil.server.application.notification.ChannelRegistry;
import dev.vigil.server.application.notification.DeliveryMonitor;
import dev.vigil.server.application.notification.Dispatcher;
import dev.vigil.server.application.notification.NotificationSettings;
import dev.vigil.server.application.notification.OutboxWork;
import dev.vigil.server.domain.model.notification.Notification;
import dev.vigil.server.domain.model.notification.NotificationStatus;
import dev.vigil.server.domain.model.notification.RetrySchedule;
import dev.vigil.server.domain.model.notification.Route;
import dev.vigil.server.domain.model.indicator.IndicatorCode;
import dev.vigil.server.domain.model.indicator.StaffRole;
import dev.vigil.server.domain.model.observation.Observation;
import dev.vigil.server.domain.model.observation.ObservationId;
import dev.vigil.server.domain.model.observation.ObservedLocation;
import dev.vigil.server.domain.model.observation.Reporter;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.pattern.SubjectType;
import dev.vigil.server.domain.model.pattern.Tier;
import dev.vigil.server.domain.model.protocol.CaseCircumstances;
import dev.vigil.server.domain.model.tenant.Property;
import dev.vigil.server.domain.model.tenant.PropertyDirectory;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import dev.vigil.server.domain.service.pattern.RuleMatch;
import dev.vigil.server.infrastructure.persistence.jpa.JpaCaseRepository;
import dev.vigil.server.infrastructure.persistence.jpa.JpaObservationRepository;
import dev.vigil.server.infrastructure.persistence.jpa.JpaOutbox;
import dev.vigil.server.testing.TestDatabases;
import dev.vigil.server.testing.TestDatabases.Database;
import dev.vigil.server.testing.TestPacks;
import dev.vigil.server.testing.TestRoutes;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The outbox end to end on a real database: an urgent case's notifications are delivered by e-mail to
 * a real SMTP server and by a signed webhook; failures back off and end as dead letters; two
 * dispatchers never claim the same notification.
 */
class OutboxDeliveryTest {

    static final String SECRET = WebhookReceiver.SECRET;
    private static final ExecutorService DELIVERIES = Executors.newCachedThreadPool();
    private static final Instant T = Instant.parse("2026-11-22T14:00:00Z");

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    static Stream<Database> databases() {
        return TestDatabases.both();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anUrgentCase_reachesSecurityAndTheManagerByEmail_andTheChainBySignedWebhook(Database db) throws Exception {
        TenantId tenant = tenant();
        PropertyId hotel = new PropertyId("harbor-inn");
        String caseId = urgentCase(db, tenant, hotel);
        List<Notification> written = rows(db, tenant.value());
        assertThat(written).extracting(n -> n.event() + " " + n.route())
                .containsExactlyInAnyOrder("case.actions_required " + TestRoutes.SECURITY, "case.actions_required " + TestRoutes.MANAGER,
                        "case.actions_required " + TestRoutes.CHAIN, "case.opened " + TestRoutes.CHAIN);

        try (WebhookReceiver receiver = new WebhookReceiver(SECRET)) {
            MovableClock clock = new MovableClock(T.plusSeconds(5));
            drain(dispatcher(db, receiver, clock, new TestRoutes()));

            assertThat(rows(db, tenant.value())).allSatisfy(n -> {
                assertThat(n.status()).isEqualTo(NotificationStatus.DELIVERED);
                assertThat(n.attempts()).isEqualTo(1);
            });
            Set<String> ids = new HashSet<>(written.stream().map(Notification::id).toList());
            List<MimeMessage> mails = Stream.of(smtp.getReceivedMessages())
                    .filter(m -> ids.contains(header(m, "X-Vigil-Notification"))).toList();
            assertThat(mails).hasSize(2);
            assertThat(mails).extracting(m -> m.getAllRecipients()[0].toString())
                    .containsExactlyInAnyOrder("security@demo-hotel.example", "manager@demo-hotel.example");
            MimeMessage mail = mails.get(0);
            assertThat(mail.getSubject()).isEqualTo("Vigil: URGENT case at Harbor Inn needs action");
            assertThat(mail.getFrom()[0].toString()).isEqualTo("vigil@harbor-inn.example");
            String text = ((String) mail.getContent());
            assertThat(text).contains("Harbor Inn", "URGENT", "tell security", caseId, "Never confront", "911");

            List<WebhookReceiver.Received> hooks = receiver.received.stream().filter(r -> ids.contains(r.id())).toList();
            assertThat(hooks).extracting(WebhookReceiver.Received::event)
                    .containsExactlyInAnyOrder("case.opened", "case.actions_required");
            assertThat(hooks).allSatisfy(r -> {
                assertThat(r.verified()).as("signature " + r.signature()).isTrue();
                assertThat(r.body()).contains("\"event\":\"" + r.event() + "\"", "\"caseId\":\"" + caseId + "\"",
                        "\"severity\":\"URGENT\"");
            });
            assertThat(hooks).filteredOn(r -> r.event().equals("case.actions_required")).singleElement()
                    .satisfies(r -> assertThat(r.body()).contains("\"dueAt\""));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aFailingReceiver_isRetriedWithBackOff_thenDeadLettered_andCanBeSentAgain(Database db) throws Exception {
        TenantId tenant = tenant();
        RetrySchedule oneRetry = new RetrySchedule(List.of(Duration.ofSeconds(30)));
        db.inTransaction(em -> new JpaOutbox(em).add(new Notification(tenant.value(), "harbor-inn", null, "case.action_overdue",
                Route.parse("webhook:chain-ops"), "s", "t", "{\"event\":\"case.action_overdue\"}", T)));
        try (WebhookReceiver receiver = new WebhookReceiver(SECRET)) {
            receiver.answer(503);
            MovableClock clock = new MovableClock(T.plusSeconds(1));
            Dispatcher dispatcher = dispatcher(db, receiver, clock, new TestRoutes(oneRetry));

            drain(dispatcher);
            Notification n = rows(db, tenant.value()).get(0);
            assertThat(n.status()).isEqualTo(NotificationStatus.PENDING);
            assertThat(n.lastError()).contains("webhook chain-ops answered HTTP 503");
            assertThat(n.nextAttemptAt()).contains(T.plusSeconds(31));

            clock.now = T.plusSeconds(20);
            drain(dispatcher);
            assertThat(rows(db, tenant.value()).get(0).attempts()).as("not before its time").isEqualTo(1);

            clock.now = T.plusSeconds(32);
            drain(dispatcher);
            n = rows(db, tenant.value()).get(0);
            assertThat(n.status()).isEqualTo(NotificationStatus.DEAD);
            assertThat(n.attempts()).isEqualTo(2);
            assertThat(receiver.received.stream().filter(r -> r.id().equals(rows(db, tenant.value()).get(0).id())))
                    .hasSize(2).allSatisfy(r -> assertThat(r.verified()).isTrue());

            String id = n.id();
            db.inTransaction(em -> em.find(Notification.class, id).requeue(T.plusSeconds(40)));
            receiver.answer(200);
            clock.now = T.plusSeconds(41);
            drain(dispatcher);
            assertThat(rows(db, tenant.value()).get(0).status()).isEqualTo(NotificationStatus.DELIVERED);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aSlowReceiver_neverHoldsAnUrgentEmailBehindIt(Database db) throws Exception {
        TenantId tenant = tenant();
        db.inTransaction(em -> {
            for (int i = 0; i < 6; i++) {
                // older, less urgent deliveries to a receiver that takes longer than its timeout to answer
                new JpaOutbox(em).add(new Notification(tenant.value(), "harbor-inn", null, "case.actions_required",
                        Route.parse(TestRoutes.CHAIN), "s", "t", "{\"event\":\"case.actions_required\"}", T.minusSeconds(60), 1));
            }
        });
        String caseId = urgentCase(db, tenant, new PropertyId("harbor-inn"));
        try (WebhookReceiver receiver = new WebhookReceiver(SECRET)) {
            receiver.slow(Duration.ofSeconds(8));
            Dispatcher dispatcher = dispatcher(db, receiver, new MovableClock(T.plusSeconds(5)), new TestRoutes());
            dispatcher.drain(Duration.ofSeconds(8)); // as the timer does in a tick
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
            List<MimeMessage> urgent = List.of();
            while (urgent.size() < 2 && System.nanoTime() < deadline) {
                urgent = Stream.of(smtp.getReceivedMessages()).filter(m -> text(m).contains(caseId)).toList();
                Thread.onSpinWait();
            }
            assertThat(urgent).as("the urgent case's e-mails to security and the manager").hasSize(2);
            assertThat(dispatcher.inFlight()).as("while the slow receiver's deliveries are still under way").isPositive();
            assertThat(dispatcher.awaitIdle(Duration.ofSeconds(30))).isTrue();
            assertThat(rows(db, tenant.value())).filteredOn(n -> n.urgency() == 1)
                    .allSatisfy(n -> assertThat(n.lastError()).hasValueSatisfying(e -> assertThat(e).contains("HttpTimeoutException")));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aBurstLargerThanTheDeliveriesAtOnce_drainsInOneTick_neverMoreAtOnceThanTheLimit(Database db) throws Exception {
        TenantId tenant = tenant();
        int burst = 2 * Dispatcher.MAX_IN_FLIGHT + 3;
        db.inTransaction(em -> {
            for (int i = 0; i < burst; i++) {
                new JpaOutbox(em).add(new Notification(tenant.value(), "harbor-inn", null, "case.actions_required",
                        Route.parse(TestRoutes.CHAIN), "s", "t", "{\"event\":\"case.actions_required\"}", T));
            }
        });
        try (WebhookReceiver receiver = new WebhookReceiver(SECRET)) {
            receiver.slow(Duration.ofMillis(300));
            Dispatcher dispatcher = dispatcher(db, receiver, new MovableClock(T.plusSeconds(5)), new TestRoutes());

            int started = dispatcher.drain(Duration.ofSeconds(60));

            assertThat(started).as("one tick starts the whole burst, taking more as deliveries end").isGreaterThanOrEqualTo(burst);
            assertThat(dispatcher.awaitIdle(Duration.ofSeconds(30))).isTrue();
            assertThat(rows(db, tenant.value())).hasSize(burst)
                    .allSatisfy(n -> assertThat(n.status()).isEqualTo(NotificationStatus.DELIVERED));
            assertThat(receiver.mostAtOnce()).as("deliveries under way at once")
                    .isGreaterThan(Dispatcher.BATCH).isLessThanOrEqualTo(Dispatcher.MAX_IN_FLIGHT);
        }
    }

    private static String text(MimeMessage m) {
        try {
            return String.valueOf(m.getContent());
        } catch (java.io.IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void twoDispatchersAtOnce_neverClaimTheSameNotification(Database db) throws Exception {
        TenantId tenant = tenant();
        db.inTransaction(em -> {
            for (int i = 0; i < 30; i++) {
                new JpaOutbox(em).add(new Notification(tenant.value(), "harbor-inn", null, "case.actions_required",
                        Route.parse("log:security"), "s", "t", "{}", T));
            }
        });
        Set<String> mine = new HashSet<>(rows(db, tenant.value()).stream().map(Notification::id).toList());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        java.util.concurrent.CountDownLatch firstHoldsThem = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch secondDone = new java.util.concurrent.CountDownLatch(1);
        try {
            // the first dispatcher claims and keeps its transaction open until the second one has claimed:
            // with SKIP LOCKED the second does not wait, it takes what the first has not
            Future<List<String>> a = pool.submit(() -> {
                List<String> got = new java.util.ArrayList<>();
                db.inTransaction(em -> {
                    new JpaOutbox(em).claimDue(T.plusSeconds(5), Duration.ofMinutes(2), 500).forEach(n -> got.add(n.id()));
                    firstHoldsThem.countDown();
                    await(secondDone);
                });
                return got.stream().filter(mine::contains).toList();
            });
            Callable<List<String>> second = () -> {
                firstHoldsThem.await();
                List<String> got = new java.util.ArrayList<>();
                try {
                    db.inTransaction(em -> new JpaOutbox(em).claimDue(T.plusSeconds(5), Duration.ofMinutes(2), 500)
                            .forEach(n -> got.add(n.id())));
                } finally {
                    secondDone.countDown();
                }
                return got.stream().filter(mine::contains).toList();
            };
            Future<List<String>> b = pool.submit(second);
            assertThat(new HashSet<>(a.get())).isEqualTo(mine);
            assertThat(b.get()).as("claimed twice").isEmpty();
        } finally {
            pool.shutdownNow();
        }
        assertThat(rows(db, tenant.value())).allSatisfy(n -> assertThat(n.status()).isEqualTo(NotificationStatus.SENDING));
    }

    /**
     * As the timer does, tick after tick, each tick waiting for the deliveries it started (the shared test database
     * holds other tests' rows), until a tick finds nothing due.
     */
    private static void drain(Dispatcher dispatcher) {
        while (dispatcher.drain(Duration.ofSeconds(30)) > 0) {
            assertThat(dispatcher.awaitIdle(Duration.ofSeconds(30))).as("deliveries finished").isTrue();
        }
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static TenantId tenant() {
        return new TenantId("t-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private static String urgentCase(Database db, TenantId tenant, PropertyId hotel) {
        String[] id = new String[1];
        db.inTransaction(em -> {
            Observation o = new Observation(ObservationId.random(), tenant, hotel, T.atOffset(ZoneOffset.UTC), T,
                    new Reporter("maria", StaffRole.HK, "maria"), new ObservedLocation("214", null), null, null,
                    List.of(new IndicatorCode("PHYS_VIOLENCE_OBSERVED")), Set.of(), null);
            new JpaObservationRepository(em).store(o);
            RuleMatch urgent = new RuleMatch("R1", "Violence", Tier.T4,
                    new SubjectKey(SubjectType.ROOM_STAY, UUID.randomUUID().toString()), T, T, List.of(o.id().value()),
                    10, Set.of(), Set.of(), Set.of("PHYS_VIOLENCE_OBSERVED"), "explanation");
            CaseAlerts alerts = new CaseAlerts(new JpaOutbox(em), new TestRoutes(), new Harbor(tenant), TestPacks.connecticut(), TestPacks.alertWording());
            id[0] = new CaseBook(new JpaCaseRepository(em), alerts).apply(tenant, hotel, List.of(urgent), T, Duration.ofDays(90),
                    TestPacks.connecticut().forProperty(hotel), new CaseCircumstances(false, false, false)).orElseThrow().id().value();
        });
        return id[0];
    }

    private Dispatcher dispatcher(Database db, WebhookReceiver receiver, Clock clock, NotificationSettings settings) {
        EmailChannel email = new EmailChannel(new EmailChannel.SmtpSettings("127.0.0.1", smtp.getSmtp().getPort(),
                "vigil@harbor-inn.example", null, null, false, false));
        WebhookChannel webhook = new WebhookChannel(WebhookReceiver.endpoint("chain-ops", receiver.url(), SECRET), Clock.systemUTC());
        Map<String, NotificationChannel> channels = Map.of("email", email, "webhook", webhook, "log", new LogChannel());
        ChannelRegistry registry = new ChannelRegistry() {
            @Override
            public Optional<NotificationChannel> forScheme(String scheme) {
                return Optional.ofNullable(channels.get(scheme));
            }

            @Override
            public Set<String> schemes() {
                return channels.keySet();
            }
        };
        return new Dispatcher(new TransactionalWork(db, settings), registry, clock, DeliveryMonitor.NONE, DELIVERIES);
    }

    private static List<Notification> rows(Database db, String tenant) {
        return db.read(em -> em.createQuery("SELECT n FROM Notification n WHERE n.tenantId = :t ORDER BY n.createdAt, n.id",
                Notification.class).setParameter("t", tenant).getResultList());
    }

    private static String header(MimeMessage m, String name) {
        try {
            String[] values = m.getHeader(name);
            return values == null ? null : values[0];
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The dispatcher's transactions as the container would run them: each call in its own. */
    static final class TransactionalWork extends OutboxWork {
        private final Database db;
        private final NotificationSettings settings;

        TransactionalWork(Database db, NotificationSettings settings) {
            this.db = db;
            this.settings = settings;
        }

        @Override
        public List<dev.vigil.server.application.notification.Delivery> claim(Instant now, Duration lease, int max) {
            List<dev.vigil.server.application.notification.Delivery> out = new java.util.ArrayList<>();
            db.inTransaction(em -> out.addAll(new OutboxWork(new JpaOutbox(em), settings).claim(now, lease, max)));
            return out;
        }

        @Override
        public void delivered(dev.vigil.server.application.notification.Delivery d, Instant now) {
            db.inTransaction(em -> new OutboxWork(new JpaOutbox(em), settings).delivered(d, now));
        }

        @Override
        public boolean failed(dev.vigil.server.application.notification.Delivery d, Instant now, String error, boolean permanent) {
            boolean[] dead = new boolean[1];
            db.inTransaction(em -> dead[0] = new OutboxWork(new JpaOutbox(em), settings).failed(d, now, error, permanent));
            return dead[0];
        }
    }

    static final class MovableClock extends Clock {
        volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    record Harbor(TenantId tenant) implements PropertyDirectory {
        @Override
        public Optional<Property> find(PropertyId id) {
            return Optional.of(new Property(id, tenant, "Harbor Inn", ZoneId.of("America/New_York")));
        }

        @Override
        public List<Property> all() {
            return List.of();
        }
    }
}
