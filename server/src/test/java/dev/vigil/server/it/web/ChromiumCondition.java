package dev.vigil.server.it.web;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the browser tests where Debian's Chromium and its chromedriver are installed, and skips them,
 * saying so, on a machine that has only the JDK and Maven. CI sets {@code VIGIL_REQUIRE_BROWSER}, so
 * there a missing browser fails the build instead of skipping it.
 */
public final class ChromiumCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Path chromium = Path.of(System.getProperty("it.chromium", "/usr/bin/chromium"));
        Path driver = Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
        if (Files.isExecutable(chromium) && Files.isExecutable(driver)) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
        }
        String missing = "the browser tests need " + chromium + " and " + driver
                + " (Debian: apt-get install chromium chromium-driver)";
        if (System.getenv("VIGIL_REQUIRE_BROWSER") != null) {
            throw new IllegalStateException(missing);
        }
        return ConditionEvaluationResult.disabled("skipped: " + missing);
    }
}
