/** Running the pattern engine: for each filing, in its transaction; over a period, for simulation. */
package dev.vigil.server.application.pattern;
