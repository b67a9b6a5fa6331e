/** Normalised stay context that connectors hand to Vigil. */
package dev.vigil.plugin.stay;
