package org.ocnkit.xml;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ocnkit.certificate.CertificateRecord;
import org.ocnkit.certificate.Language;
import org.ocnkit.certificate.internal.testing.SampleRecords;
import org.ocnkit.qualification.QualificationFiles;
import org.ocnkit.unit.UnitFiles;

/**
 * Pins the hashes that must never change: every sample unit and qualification in {@code
 * course-units/}, and the fingerprints of certificate records built from fixed inputs (names with
 * every character {@link CanonicalXml#escape} treats specially, both languages, one to seven
 * units). A refactoring that changes a single canonical byte fails here. The values were taken from
 * the code as it was before issue 17's refactoring began (commit 37abd0d).
 */
class PinnedHashesTest {
  private static final Map<String, String> UNITS =
      Map.ofEntries(
          entry(
              "al-komm-01.xml", "96f877c22ea451f192052f7cc6aea2a7269356ce449e0c1ff0fa8fe4c9407d06"),
          entry(
              "al-ratt-01.xml", "55ff2eb05041edb807e88064e33c945c579d586e0b493b28dc147b696fb14da8"),
          entry(
              "gn-mask-01.xml", "8dc3af50fcd0eb93790c64841b12ca86c200e9d1ae0aaa76a832201659ea1d10"),
          entry(
              "gn-plant-01.xml",
              "21b7562f6d1afce39eb387aabecc649e4568d266dd1d93a937c7837f5da4f688"),
          entry(
              "hs-kassa-01.xml",
              "eaf733e61e4831b46b1b7e555f39db4e700c3fb8046e666d50d5f02d7dd53a9e"),
          entry(
              "hs-kund-01.xml", "bdfee172ec3a3a113deaa0d89a1265a3e0cd9518bb6bba579eada7afc8f62241"),
          entry(
              "hs-varu-01.xml", "cee578c9120a6562837849f8f8376552c59b02ed5cd02841eed62dce58900cf2"),
          entry(
              "ih-tra-01.xml", "6c71c28cdeb9ade139d65d585660390bc437c1749e40eecb6173bb59ff73df4a"),
          entry(
              "ih-verkt-01.xml",
              "79ef7df910ed023ac0ee70ea7c9914e7e361e8858167d2461738691cb78d2eea"),
          entry(
              "vo-hyg-01.xml", "6639f7f47b851b40a9b33af3bda1e3d8b523eab698cd837d893a44c47d576e6f"),
          entry(
              "vo-mat-01.xml", "33ac8df61eeec0af3c8930d5e3fa501890a28a13ce0bc89af6c8a7e79eecd99d"));

  private static final Map<String, String> QUALIFICATIONS =
      Map.ofEntries(
          entry(
              "kval-gron-hantverk.xml",
              "40eee147d885682b2abea172b83dff89f3372ad1a06309698799025a13643a2a"),
          entry(
              "kval-handel-2.xml",
              "4ecf791ead7938fb5e5e23c80d2f307e098e846b409b7e5f6d3c9c953d1797e2"),
          entry(
              "kval-omsorg-intro.xml",
              "d53e1b9be6ab064362b9ab36522d1bd67b20edf931ec21209d20672efe648649"));

  private static final Map<String, String> RECORDS =
      Map.ofEntries(
          entry("name0-en-1", "c4fb036417895b23eb93916881de13266c55f122375b83416db2badcbdd401fc"),
          entry("name0-en-4", "0430ce41126cbdd5fd36c1d9186ce5cc06ca691def0a680930d8c8d2b1a210f2"),
          entry("name0-en-7", "9a8c12b82ce0653463335ea472b43b6a32c153a8548acf3862883759877b735b"),
          entry("name0-sv-1", "ee2480d6ef0bcbb30bc5ff74520a5758a713e2c4a75bec93a91fdcb568d30e9f"),
          entry("name0-sv-4", "c13eb3d307cf5687dc87f2dc087dd9e80db65d33fe7704edb860132d33f435be"),
          entry("name0-sv-7", "24c9dc4066b2d44c3e3be9046ab51e28eb1ef5eebcc839d258557626fdc136ff"),
          entry("name1-en-1", "ed6d51c1052207842673a45bd54ed49c2c19ff212be2fffb616c380363f50898"),
          entry("name1-en-4", "208e3cd99c946301daa56fc0e01e31843d2bfe916dd6034cd5c8fdc1a4901c5e"),
          entry("name1-en-7", "21e01ff454fbab478ed7d32d67b9aad46f5f86977a9238d075838d9d3161e7cb"),
          entry("name1-sv-1", "3f3dabb6896e4e9789e56b06a0c48f77c4f6eb464b071f7b5bb9bcc87b29d654"),
          entry("name1-sv-4", "86e05591d388a630bed2e1979b13bda28431cf48063abc76df63b3427494abf5"),
          entry("name1-sv-7", "ae0892afb748aeb0bd67f4bee0b7496d30177efb9d990b1e45b7800ac7cdb57b"),
          entry("name2-en-1", "83ad0c81234912399a7431b1e979d677d6f3d0c6eadfaccfdde19971292f862d"),
          entry("name2-en-4", "32cc3fa089a1ee28f00373326b72ab5c780225b81ea5ad2632f4cee6e9e45e27"),
          entry("name2-en-7", "1b676d636b134a33c224319227b3b7c585e02401f44f5a65f91e55e53aa1e0d2"),
          entry("name2-sv-1", "fb229a454f72131a5491637461fe88779170451c57af62a1a3f1de2c7a059748"),
          entry("name2-sv-4", "e8e7a5409c5d3795c54ea7aac5dc278103acd3817026b60d330138e1f844eb57"),
          entry("name2-sv-7", "44ade8a6786721c0579a482dde2c84f89c3f19f1a3b3142b4914168a4bc2f49d"),
          entry("name3-en-1", "f43e34173dd26404642e0f22e4b34b0a345c9f43b5b5548ae78c979d44079ad5"),
          entry("name3-en-4", "70ba1893333dbfc4246b0e88446c55629809be1bbebe03253d5dd1c884184113"),
          entry("name3-en-7", "388bbfc8c88256c112f6b8fa48320b1c86befed9edf2fb3a2445e8d6a78db384"),
          entry("name3-sv-1", "8f39e725dc2618f2811ed68255472910bb694181ee90b9c326b67b886d262297"),
          entry("name3-sv-4", "f4c95cdd379c4e745cde7930c37e71b2d40b554b04f55db3fa46e3451ebdaf1b"),
          entry("name3-sv-7", "93fc91b7722d0b7578a0e4ed086c89599479f4649913c6a48b3ef18541f844b8"),
          entry("name4-en-1", "f19560cef995bdeaa4e72c6b0b5080760e5ee2c8b4c35d546b5069e491c55459"),
          entry("name4-en-4", "120e4365ff9f0d45772a36b880b116a793473e7557ec7147b7f23f0946fc7692"),
          entry("name4-en-7", "89ab8ee571fd2a985fe7ad529f6c9d324c6d33b274d7d3e1a0dbbf782882ba7b"),
          entry("name4-sv-1", "105b5c4f84b0a3f82151ac805491c2bb3c0f2821082db2b05ca53ac093348420"),
          entry("name4-sv-4", "efd238e5fd0249dc5dba678558afcbc57bb0ac12933dc75e9d63bfe7a8c245f7"),
          entry("name4-sv-7", "8c179e2af937dad3b50b75a6c5dd35ffe172eb49613701decc2468258edfe356"));

  /** Holder names that exercise the escape: each of & < > " and ' and non-Latin text. */
  private static final List<String> NAMES =
      List.of(
          "Åsa Öberg-Ängström",
          "Tom & Jerry <Bröderna> \"Larsson\" O'Brien",
          "Nguyễn Thị Hương",
          "محمد الأحمد",
          "a&amp;b ]]> <![CDATA[x]]>");

  @Test
  void sampleUnitHashesAreUnchanged() throws IOException {
    assertThat(unitHashes()).isEqualTo(new TreeMap<>(UNITS));
  }

  @Test
  void sampleQualificationHashesAreUnchanged() throws IOException {
    assertThat(qualificationHashes()).isEqualTo(new TreeMap<>(QUALIFICATIONS));
  }

  @Test
  void certificateRecordFingerprintsAreUnchanged() {
    assertThat(recordFingerprints()).isEqualTo(new TreeMap<>(RECORDS));
  }

  static Map<String, String> unitHashes() throws IOException {
    Map<String, String> hashes = new TreeMap<>();
    for (Path file : xmlFiles(courseUnits())) {
      hashes.put(file.getFileName().toString(), UnitFiles.read(file).hash().hex());
    }
    assertThat(hashes).hasSizeGreaterThanOrEqualTo(11);
    return hashes;
  }

  static Map<String, String> qualificationHashes() throws IOException {
    Map<String, String> hashes = new TreeMap<>();
    for (Path file : xmlFiles(courseUnits().resolve("qualifications"))) {
      hashes.put(file.getFileName().toString(), QualificationFiles.read(file).hash().hex());
    }
    assertThat(hashes).hasSizeGreaterThanOrEqualTo(3);
    return hashes;
  }

  static Map<String, String> recordFingerprints() {
    Map<String, String> fingerprints = new TreeMap<>();
    for (int n = 0; n < NAMES.size(); n++) {
      for (Language language : Language.values()) {
        for (int units = 1; units <= 7; units += 3) {
          CertificateRecord record = SampleRecords.record(NAMES.get(n), units, language);
          fingerprints.put(
              "name" + n + "-" + language.code() + "-" + units, record.fingerprint().hex());
        }
      }
    }
    return fingerprints;
  }

  private static List<Path> xmlFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
    }
  }

  private static Path courseUnits() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("course-units/schema"))
          && Files.isRegularFile(dir.resolve("core/pom.xml"))) {
        return dir.resolve("course-units");
      }
    }
    throw new IllegalStateException("no course-units/ above " + Path.of("").toAbsolutePath());
  }
}
