package org.ocnkit.certificate.signature;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;

/** Reads a signed PDF back with plain PDFBox and Bouncy Castle, independently of ocnkit's code. */
final class SignedPdfs {
  /** The one signature dictionary and the CMS over its byte range. */
  record Parsed(PDSignature dictionary, int[] byteRange, byte[] signedBytes, CMSSignedData cms) {}

  private SignedPdfs() {}

  static Parsed parse(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<PDSignature> signatures = document.getSignatureDictionaries();
      if (signatures.size() != 1) {
        throw new AssertionError("expected one signature, found " + signatures.size());
      }
      PDSignature signature = signatures.get(0);
      byte[] signed = signature.getSignedContent(pdf);
      // /Contents is zero-padded after the DER CMS; read exactly one ASN.1 object.
      ContentInfo contentInfo;
      try (ASN1InputStream in = new ASN1InputStream(signature.getContents(pdf))) {
        contentInfo = ContentInfo.getInstance(in.readObject());
      }
      CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), contentInfo);
      return new Parsed(signature, signature.getByteRange(), signed, cms);
    } catch (IOException | org.bouncycastle.cms.CMSException e) {
      throw new AssertionError("cannot read the signed PDF back", e);
    }
  }
}
