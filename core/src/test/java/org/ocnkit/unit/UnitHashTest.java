package org.ocnkit.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocnkit.unit.UnitFixtures.sample;
import static org.ocnkit.unit.UnitFixtures.text;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.SAXException;

/**
 * A unit's hash is the identity a panel approves: it must not move when only the layout of the file
 * changes, and must move when anything a reader can see changes.
 */
class UnitHashTest {
  private static final String VALID = text(sample("unit-valid.xml"));
  private static final UnitHash VALID_HASH = read(VALID).hash();
  private static final String UNIT_START =
      "<unit xmlns=\"https://ocnkit.org/ns/course-unit/1\" code=\"HS-TEST-01\" version=\"1\">";

  /**
   * The hash of {@code samples/unit-valid.xml}, pinned. The canonical form must never change for
   * version 1 of the schema (every approved unit would lose its approval); if this test fails, the
   * canonical writer or the text normalization has changed.
   */
  @Test
  void hashOfAKnownUnitIsPinned() {
    assertThat(VALID_HASH.hex())
        .isEqualTo("5f628872bb7dfa9d2e24855ab0018feaca305a89f37f55ea90c44bc58c1d9ee0");
    assertThat(VALID_HASH.prefix()).isEqualTo("5f628872bb7d");
  }

  /** The canonical form of {@code unit-valid.xml}, byte for byte, as the format describes it. */
  @Test
  void canonicalFormOfAKnownUnitIsPinned() throws IOException {
    byte[] expected = java.nio.file.Files.readAllBytes(sample("unit-valid-canonical.xml"));

    assertThat(read(VALID).canonicalForm()).isEqualTo(expected);
  }

  static Stream<Arguments> layoutChanges() {
    return Stream.of(
        layout("no indentation", s -> s.replaceAll("(?m)^[ \\t]+", "")),
        layout(
            "deeper indentation with tabs",
            s -> s.replaceAll("(?m)^([ \\t]*)<(?!\\?xml)", "\t$1$1<")),
        layout(
            "attribute order and quotes",
            s ->
                s.replace(
                    UNIT_START,
                    "<unit version='1'\n      code='HS-TEST-01' xmlns='https://ocnkit.org/ns/course-unit/1'>")),
        layout("CRLF line ends", s -> s.replace("\n", "\r\n")),
        layout("CR line ends", s -> s.replace("\n", "\r")),
        layout(
            "comments between elements and inside text",
            s ->
                s.replace("</criterion>\n", "</criterion><!-- granskad av panelen -->\n")
                    .replace("<outcomes>", "<!-- utfall --><outcomes><!-- start -->")
                    .replace("kunder i kassan\n", "kunder i kassan<!-- omformulera? -->\n")),
        layout(
            "re-wrapped text",
            s ->
                s.replace("i kassan\n    och att ta", "i kassan och att\n\tta")
                    .replace(
                        "ge kunden sin uppmärksamhet.",
                        "ge\n          kunden   sin\tuppmärksamhet.  ")),
        layout(
            "namespace prefix",
            s -> s.replaceAll("<(/?)([A-Za-z])", "<$1o:$2").replace("xmlns=", "xmlns:o=")),
        layout(
            "character references and CDATA",
            s ->
                s.replace("ä", "&#228;")
                    .replace("å", "&#xE5;")
                    .replace(
                        "Deltagaren kan ta betalt med kort",
                        "<![CDATA[Deltagaren kan ta betalt]]> med kort")),
        layout("decomposed (NFD) letters", s -> Normalizer.normalize(s, Normalizer.Form.NFD)),
        layout(
            "assessment methods in another order",
            s ->
                s.replace(
                    "<method>observation</method>\n    <method>witness-testimony</method>",
                    "<method>witness-testimony</method>\n    <method>observation</method>")),
        layout(
            "blank lines and no XML declaration",
            s ->
                s.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "")
                    .replace("\n", "\n\n")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layoutChanges")
  void layoutDoesNotChangeTheHash(String change, UnaryOperator<String> edit) {
    String edited = edit.apply(VALID);
    assertThat(edited).as("the edit must change the file").isNotEqualTo(VALID);

    assertThat(read(edited).hash()).isEqualTo(VALID_HASH);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("encodings")
  void fileEncodingDoesNotChangeTheHash(Charset charset) {
    String declared = VALID.replace("encoding=\"UTF-8\"", "encoding=\"" + charset.name() + "\"");

    CourseUnit unit = read("encoded.xml", declared.getBytes(charset));

    assertThat(unit.hash()).isEqualTo(VALID_HASH);
  }

  static Stream<Charset> encodings() {
    return Stream.of(StandardCharsets.UTF_16, StandardCharsets.ISO_8859_1);
  }

  static Stream<Arguments> contentChanges() {
    return Stream.of(
        layout("one character of one criterion", s -> s.replace("med kvitto", "med kvittp")),
        layout("upper case in one criterion", s -> s.replace("hälsa på kunden", "Hälsa på kunden")),
        layout(
            "two criteria swap their texts",
            s ->
                s.replace("hälsa på kunden och ge kunden sin uppmärksamhet", "@1")
                    .replace(
                        "hänvisa kunden till en kollega vid frågor hen inte kan svara på", "@2")
                    .replace(
                        "@1", "hänvisa kunden till en kollega vid frågor hen inte kan svara på")
                    .replace("@2", "hälsa på kunden och ge kunden sin uppmärksamhet")),
        layout("version", s -> s.replace("version=\"1\"", "version=\"2\"")),
        layout("code", s -> s.replace("HS-TEST-01", "HS-TEST-02")),
        layout(
            "English title removed", s -> s.replaceAll("\\s*<title lang=\"en\">[^<]*</title>", "")),
        layout("level", s -> s.replace("<level>2</level>", "<level>3</level>")),
        layout(
            "credits and hours",
            s ->
                s.replace("<credits>3</credits>", "<credits>4</credits>")
                    .replace(
                        "<notionalHours>30</notionalHours>", "<notionalHours>40</notionalHours>")),
        layout("arena", s -> s.replace("handel-service", "arbetsliv")),
        layout(
            "a method added",
            s ->
                s.replace(
                    "<method>observation</method>",
                    "<method>observation</method><method>photo</method>")),
        layout("author", s -> s.replace("Norrbacka", "Norrbacke")),
        layout(
            "review period removed",
            s -> s.replaceAll("\\s*<reviewPeriodYears>3</reviewPeriodYears>", "")),
        layout(
            "punctuation in the purpose", s -> s.replace("butikens rutiner.", "butikens rutiner!")),
        layout("a space inside a word", s -> s.replace("uppmärksamhet", "uppmärk samhet")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contentChanges")
  void contentChangesTheHash(String change, UnaryOperator<String> edit) {
    String edited = edit.apply(VALID);
    assertThat(edited).as("the edit must change the file").isNotEqualTo(VALID);

    assertThat(read(edited).hash()).isNotEqualTo(VALID_HASH);
  }

  @Test
  void canonicalFormReadBackIsTheSameUnit() {
    CourseUnit unit = read(VALID);

    CourseUnit again = read("canonical.xml", unit.canonicalForm());

    assertThat(again.hash()).isEqualTo(unit.hash());
    assertThat(again).isEqualTo(unit);
    assertThat(again.canonicalForm()).isEqualTo(unit.canonicalForm());
  }

  @Test
  void canonicalFormIsASchemaValidFileWithoutLayout() throws Exception {
    String canonical = new String(read(VALID).canonicalForm(), StandardCharsets.UTF_8);

    validateWithPlainJdkValidator(canonical.getBytes(StandardCharsets.UTF_8));
    assertThat(canonical)
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<unit ")
        .endsWith("</unit>\n")
        .doesNotContain("\r", "\t", "<!--", "  ");
    assertThat(canonical.lines()).allSatisfy(line -> assertThat(line).startsWith("<"));
    assertThat(canonical)
        .contains(
            "<purpose>Deltagaren lär sig att ta emot kunder i kassan och att ta betalt enligt"
                + " butikens rutiner.</purpose>\n");
  }

  @Test
  void hashIsTheSha256OfTheCanonicalForm() throws Exception {
    CourseUnit unit = read(VALID);

    byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(unit.canonicalForm());

    assertThat(unit.hash().hex()).isEqualTo(java.util.HexFormat.of().formatHex(digest));
  }

  /** Seeds of the generated-unit properties; fixed, so that a failure can be replayed. */
  static IntStream seeds() {
    return IntStream.range(0, 150);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedUnitReadBackFromItsCanonicalFormKeepsItsHash(int seed) {
    CourseUnit unit = new UnitGenerator(new Random(seed)).unit();

    CourseUnit again = read("generated-" + seed + ".xml", unit.canonicalForm());

    assertThat(again.hash()).isEqualTo(unit.hash());
    assertThat(again.canonicalForm()).isEqualTo(unit.canonicalForm());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedUnitKeepsItsHashUnderRandomLayout(int seed) {
    Random random = new Random(seed);
    CourseUnit unit = new UnitGenerator(random).unit();
    String canonical = new String(unit.canonicalForm(), StandardCharsets.UTF_8);

    String relaidOut = relayout(canonical, random);

    assertThat(relaidOut).isNotEqualTo(canonical);
    assertThat(read("relaid-" + seed + ".xml", relaidOut.getBytes(StandardCharsets.UTF_8)).hash())
        .isEqualTo(unit.hash());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedUnitChangesItsHashWhenOneCriterionCharacterChanges(int seed) {
    Random random = new Random(seed);
    CourseUnit unit = new UnitGenerator(random).unit();
    String canonical = new String(unit.canonicalForm(), StandardCharsets.UTF_8);

    String changed = changeOneCriterionLetter(canonical, random);

    assertThat(read("changed-" + seed + ".xml", changed.getBytes(StandardCharsets.UTF_8)).hash())
        .isNotEqualTo(unit.hash());
  }

  /** Indentation, line ends, comments, attribute order and wrapping, chosen at random. */
  private static String relayout(String canonical, Random random) {
    String lineEnd = random.nextBoolean() ? "\r\n" : "\n";
    StringBuilder out = new StringBuilder();
    List<String> lines = canonical.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (i > 0) {
        out.append(" ".repeat(random.nextInt(6))).append(random.nextBoolean() ? "\t" : "");
        line = rewrapText(line, random);
      }
      if (line.startsWith("<unit ")) {
        line =
            line.replaceFirst(
                "<unit (xmlns=\"[^\"]*\") (code=\"[^\"]*\") (version=\"[^\"]*\")>",
                random.nextBoolean() ? "<unit $3 $2\n   $1>" : "<unit $2 $1 $3>");
      }
      out.append(line);
      if (i > 0 && random.nextInt(4) == 0) {
        out.append("<!-- kommentar ").append(i).append(" -->");
      }
      out.append(lineEnd);
    }
    return out.toString();
  }

  private static final Pattern TEXT_ELEMENT = Pattern.compile("(<[^/>][^>]*>)([^<]+)(</[^>]+>)");

  /** Turns some single spaces of an element's text into runs of spaces, tabs and line breaks. */
  private static String rewrapText(String line, Random random) {
    Matcher m = TEXT_ELEMENT.matcher(line);
    if (!m.matches()) {
      return line;
    }
    StringBuilder text = new StringBuilder();
    for (char c : m.group(2).toCharArray()) {
      if (c == ' ') {
        text.append(List.of(" ", "  ", "\n      ", "\t", " \r\n ").get(random.nextInt(5)));
      } else {
        text.append(c);
      }
    }
    String lead = random.nextBoolean() ? "\n    " : "";
    return m.group(1) + lead + text + lead + m.group(3);
  }

  private static String changeOneCriterionLetter(String canonical, Random random) {
    List<int[]> letters = new ArrayList<>();
    Matcher m = Pattern.compile("<criterion id=\"[^\"]+\">([^<]+)</criterion>").matcher(canonical);
    while (m.find()) {
      for (int i = m.start(1); i < m.end(1); i++) {
        char c = canonical.charAt(i);
        if (c == '&') {
          i = canonical.indexOf(';', i); // skip the entity reference: it is escaping, not text
        } else if (Character.isLetter(c)) {
          letters.add(new int[] {i});
        }
      }
    }
    int at = letters.get(random.nextInt(letters.size()))[0];
    char old = canonical.charAt(at);
    char replacement = old == 'x' ? 'y' : 'x';
    return canonical.substring(0, at) + replacement + canonical.substring(at + 1);
  }

  private static Arguments layout(String name, UnaryOperator<String> edit) {
    return Arguments.of(name, edit);
  }

  private static CourseUnit read(String xml) {
    return read("unit.xml", xml.getBytes(StandardCharsets.UTF_8));
  }

  private static CourseUnit read(String source, byte[] content) {
    return UnitFiles.parse(source, content).orThrow();
  }

  private static void validateWithPlainJdkValidator(byte[] content)
      throws SAXException, IOException {
    URL xsd = UnitHashTest.class.getResource("/org/ocnkit/unit/course-unit.xsd");
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    factory
        .newSchema(xsd)
        .newValidator()
        .validate(new StreamSource(new java.io.ByteArrayInputStream(content)));
  }
}
