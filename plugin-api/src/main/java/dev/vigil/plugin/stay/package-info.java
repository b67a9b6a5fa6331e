/**
 * The normalised stay context connectors hand to Vigil: dates, occupancy, channel, payment class and
 * tokens of the people and accounts behind a reservation, with the canonical token inputs in
 * {@link dev.vigil.plugin.stay.PmsIdentity}.
 */
package dev.vigil.plugin.stay;
