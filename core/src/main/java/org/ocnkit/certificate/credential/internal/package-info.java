/** Jackson, Nimbus JOSE and unit-text glue for the credential formats. */
package org.ocnkit.certificate.credential.internal;
