package dev.vigil.server.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.vigil.server.domain.model.casefile.CaseFile;
import dev.vigil.server.domain.model.casefile.Decision;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.pattern.SubjectType;
import dev.vigil.server.domain.model.pattern.Tier;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import dev.vigil.server.domain.service.pattern.RuleMatch;
import dev.vigil.server.infrastructure.persistence.jpa.JpaCaseRepository;
import dev.vigil.server.testing.TestDatabases;
import dev.vigil.server.testing.TestDatabases.Database;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Two reviewers decide on one case at once: the one who loses the race is told 409, never 500. */
class ConflictAnswerTest {

    private static final Instant T = Instant.parse("2026-11-22T20:00:00Z");

    static Stream<Database> databases() {
        return TestDatabases.both();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aDecisionThatLostARace_isAnswered409WithAProblem(Database db) {
        String id = UUID.randomUUID().toString();
        String[] caseId = new String[1];
        db.inTransaction(em -> {
            SubjectKey room = new SubjectKey(SubjectType.ROOM_STAY, id);
            RuleMatch match = new RuleMatch("R4", "Same room, several observers", Tier.T2, room, T, T, List.of(), 8, Set.of(),
                    Set.of(), Set.of(), "explanation");
            CaseFile c = CaseFile.open(new TenantId("t-" + id.substring(0, 8)), new PropertyId("hotel-c"), List.of(match),
                    Set.of(room), T);
            new JpaCaseRepository(em).store(c);
            caseId[0] = c.id().value();
        });
        EntityManager first = db.emf().createEntityManager();
        EntityManager second = db.emf().createEntityManager();
        try {
            first.getTransaction().begin();
            second.getTransaction().begin();
            CaseFile mine = first.find(CaseFile.class, caseId[0]);
            CaseFile theirs = second.find(CaseFile.class, caseId[0]);
            mine.decide(Decision.MONITOR, "Watching the room for the weekend", "security", T.plusSeconds(60));
            first.getTransaction().commit();
            theirs.decide(Decision.DISMISS, "A family gathering", "manager", T.plusSeconds(61));
            Throwable lost = catchThrowable(() -> second.getTransaction().commit());

            assertThat(lost).isNotNull();
            Response answer = new ProblemMappers.UseCaseFailure().toResponse((RuntimeException) lost);
            assertThat(answer.getStatus()).isEqualTo(409);
            assertThat(answer.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
            assertThat(((Problem) answer.getEntity()).detail()).contains("Nothing of yours was stored");
        } finally {
            if (second.getTransaction().isActive()) {
                second.getTransaction().rollback();
            }
            first.close();
            second.close();
        }
    }
}
