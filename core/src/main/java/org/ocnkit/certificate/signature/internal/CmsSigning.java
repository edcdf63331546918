package org.ocnkit.certificate.signature.internal;

import java.io.IOException;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * CMS SignedData the way PAdES and CAdES baseline profiles want it: SHA-256, the signer's
 * certificates included, and exactly three signed attributes — content-type, message-digest and
 * signing-certificate-v2 (ESSCertIDv2 over the signer certificate, SHA-256, with issuer and
 * serial). Bouncy Castle's default attribute generator would add a signing-time attribute (which
 * PAdES forbids: the claimed time belongs in the PDF signature dictionary's {@code /M}) and leave
 * out signing-certificate-v2; {@link PadesSignedAttributes} replaces it.
 */
public final class CmsSigning {
  private CmsSigning() {}

  /** A detached signature over {@code content} (the content is not inside the CMS). */
  public static CMSSignedData signDetached(
      byte[] content, PrivateKey key, List<X509Certificate> chain) {
    return sign(content, false, key, chain);
  }

  /** A signature with {@code content} encapsulated as id-data (an opaque {@code .p7m}). */
  public static CMSSignedData signEncapsulated(
      byte[] content, PrivateKey key, List<X509Certificate> chain) {
    return sign(content, true, key, chain);
  }

  private static CMSSignedData sign(
      byte[] content, boolean encapsulate, PrivateKey key, List<X509Certificate> chain) {
    X509Certificate signer = chain.get(0);
    try {
      ContentSigner contentSigner =
          new JcaContentSignerBuilder(Certificates.signatureAlgorithm(signer.getPublicKey()))
              .setProvider(Crypto.bc())
              .build(key);
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(
          new JcaSignerInfoGeneratorBuilder(Crypto.digests())
              .setSignedAttributeGenerator(new PadesSignedAttributes(signer))
              .build(contentSigner, signer));
      generator.addCertificates(new JcaCertStore(chain));
      return generator.generate(new CMSProcessableByteArray(content), encapsulate);
    } catch (OperatorCreationException | CMSException | CertificateEncodingException e) {
      throw new IllegalStateException("cannot create the CMS signature", e);
    }
  }

  /**
   * {@code signed} with {@code token} (a DER RFC 3161 TimeStampToken over the signature value)
   * added to its one signer as the unsigned attribute id-aa-signatureTimeStampToken.
   */
  public static CMSSignedData withSignatureTimestamp(CMSSignedData signed, byte[] token) {
    SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
    ASN1Primitive tokenStructure;
    try {
      tokenStructure = ASN1Primitive.fromByteArray(token);
    } catch (IOException e) {
      throw new IllegalArgumentException("the timestamp token is not DER", e);
    }
    ASN1EncodableVector attributes = new ASN1EncodableVector();
    attributes.add(
        new Attribute(
            PKCSObjectIdentifiers.id_aa_signatureTimeStampToken, new DERSet(tokenStructure)));
    SignerInformation stamped =
        SignerInformation.replaceUnsignedAttributes(signer, new AttributeTable(attributes));
    return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped));
  }

  /** The DER encoding of the ContentInfo, as PAdES requires for {@code /Contents}. */
  public static byte[] der(CMSSignedData signed) {
    try {
      return signed.toASN1Structure().getEncoded(ASN1Encoding.DER);
    } catch (IOException e) {
      throw new IllegalStateException("cannot encode the CMS signature", e);
    }
  }

  /** The one signer of {@code signed}'s first signer info, for a single-signer CMS. */
  public static SignerInformation onlySigner(CMSSignedData signed) {
    return signed.getSignerInfos().getSigners().iterator().next();
  }

  /** The ESSCertIDv2 ocnkit writes for {@code certificate}: SHA-256 hash, issuer and serial. */
  public static ESSCertIDv2 essCertId(X509Certificate certificate) {
    IssuerSerial issuerSerial =
        new IssuerSerial(
            new GeneralNames(
                new GeneralName(
                    X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
            certificate.getSerialNumber());
    return new ESSCertIDv2(Crypto.sha256(Certificates.encoded(certificate)), issuerSerial);
  }

  /** Signed attributes content-type, message-digest and signing-certificate-v2, nothing else. */
  static final class PadesSignedAttributes implements CMSAttributeTableGenerator {
    private final X509Certificate signer;

    PadesSignedAttributes(X509Certificate signer) {
      this.signer = signer;
    }

    @Override
    public AttributeTable getAttributes(@SuppressWarnings("rawtypes") Map parameters) {
      ASN1ObjectIdentifier contentType =
          (ASN1ObjectIdentifier) parameters.get(CMSAttributeTableGenerator.CONTENT_TYPE);
      byte[] digest = (byte[]) parameters.get(CMSAttributeTableGenerator.DIGEST);
      if (contentType == null || digest == null) {
        throw new IllegalStateException("Bouncy Castle gave no content type or digest to sign");
      }
      ASN1EncodableVector attributes = new ASN1EncodableVector();
      attributes.add(attribute(CMSAttributes.contentType, contentType));
      attributes.add(attribute(CMSAttributes.messageDigest, new DEROctetString(digest)));
      attributes.add(
          attribute(
              PKCSObjectIdentifiers.id_aa_signingCertificateV2,
              new SigningCertificateV2(new ESSCertIDv2[] {essCertId(signer)})));
      return new AttributeTable(attributes);
    }

    private static Attribute attribute(ASN1ObjectIdentifier type, ASN1Encodable value) {
      return new Attribute(type, new DERSet(value));
    }
  }
}
