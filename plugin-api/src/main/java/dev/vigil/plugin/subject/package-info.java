/** Subject identifiers and the tokenizer that pseudonymises them at the edge. */
package dev.vigil.plugin.subject;
