package dev.vigil.server.infrastructure.packs;

import dev.vigil.server.application.indicator.IndicatorPackSource;
import dev.vigil.server.application.pattern.RulePackParser;
import dev.vigil.server.domain.model.pattern.RulePack;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** Reads a candidate rule pack given as text, with every check the startup applies, fixtures included. */
@ApplicationScoped
public class YamlRulePackParser implements RulePackParser {

    @Inject IndicatorPackSource indicators;

    @Override
    public RulePack parse(String source, String yaml) {
        try {
            return new RulePackLoader(indicators.activePack())
                    .load(source, new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
        } catch (PackValidationException e) {
            throw new InvalidPack(e.problems());
        }
    }
}
