package dev.vigil.server.application.pattern;

import dev.vigil.server.application.shared.Caller;

/** Use case: try a rule pack on past observations before enabling it. Writes no case. */
public interface RuleSimulationService {
    SimulationResult simulate(Caller caller, SimulationCommand command);
}
