/**
 * How the reports are made: counting participants ({@link
 * org.ocnkit.report.internal.IndicatorBuilder}), deciding which numbers may be shown ({@link
 * org.ocnkit.report.internal.Suppression}), and the Apache POI and PDF layouts.
 */
package org.ocnkit.report.internal;
