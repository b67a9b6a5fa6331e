/** Plugin jars dropped into the plugins folder, checked against the plugin API version and put on a class path of their own. */
package dev.vigil.server.infrastructure.plugins;
