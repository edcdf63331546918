/**
 * Commands for internal moderation: {@code ocn moderate plan|show|record|status|moderator|report}.
 * Each parses, calls one {@code org.ocnkit.moderation} method and prints.
 */
package org.ocnkit.cli.moderation;
