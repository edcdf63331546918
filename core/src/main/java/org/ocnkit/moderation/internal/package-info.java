/** Moderation's glue: reading sign-offs for sampling, and the xlsx report written with POI. */
package org.ocnkit.moderation.internal;
