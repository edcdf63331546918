/**
 * Implementation of {@link org.ocnkit.learner}: the workspace's identity key for hashing personal
 * identity numbers, and the readers of roster files (CSV, and xlsx through Apache POI). Public for
 * the packages above only; not an API.
 */
package org.ocnkit.learner.internal;
