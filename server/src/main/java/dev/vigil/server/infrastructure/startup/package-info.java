/** Startup: data source, migrations, packs, keys, demo users, then readiness. */
package dev.vigil.server.infrastructure.startup;
