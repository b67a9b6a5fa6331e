package dev.vigil.server.domain.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.domain.model.pattern.RulePack;
import dev.vigil.server.domain.service.pattern.FixtureRunner;
import dev.vigil.server.testing.TestPacks;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixture of the default rule pack, one test each, in the order written and reversed. */
class DefaultRulePackTest {

    static List<FixtureRunner.Result> fixtures() {
        RulePack rules = TestPacks.defaultRules();
        return new FixtureRunner(TestPacks.defaultPack(), rules).runAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixture(FixtureRunner.Result result) {
        assertThat(result.passed()).as(result.describe()).isTrue();
    }
}
