/** Jakarta Security: users with slow password hashes, HTTP Basic, demo users only in demo mode. */
package dev.vigil.server.infrastructure.security;
