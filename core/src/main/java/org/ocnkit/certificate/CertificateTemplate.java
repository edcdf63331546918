package org.ocnkit.certificate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.ocnkit.EnvironmentException;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.pdf.FontFamily;
import org.ocnkit.pdf.Image;
import org.ocnkit.pdf.PageSetup;
import org.ocnkit.pdf.Rgb;

/**
 * The texts and layout of the certificate PDF, read from a template folder ({@code
 * templates/certificate/} in a workspace or the repository) so that a coordinator can change them
 * without recompiling: {@code messages_sv.properties} and {@code messages_en.properties} (every
 * visible label), {@code layout.properties} (page, margins, colours, font sizes and families) and
 * an optional {@code logo.png}.
 *
 * <p>Loading checks everything at once and reports every missing key and bad value, naming the file
 * and the key.
 */
public final class CertificateTemplate {
  /** Keys each messages file must define. */
  public static final List<String> MESSAGE_KEYS =
      List.of(
          "title",
          "subtitle",
          "certifies",
          "born",
          "programme.intro",
          "achieved.intro",
          "table.code",
          "table.unit",
          "table.level",
          "table.credits",
          "table.date",
          "total",
          "explanation",
          "issuer",
          "issueDate",
          "issuerCertificate",
          "code",
          "fingerprint",
          "verify",
          "continued",
          "page");

  /**
   * Texts a template may leave out (a template written before they existed still loads): the
   * packaged template's text is used instead.
   */
  public static final List<String> OPTIONAL_MESSAGE_KEYS =
      List.of(
          "responsible",
          "howToCheck.title",
          "howToCheck.1",
          "howToCheck.2",
          "howToCheck.3",
          "qualification.subtitle",
          "qualification.intro",
          "qualification.level",
          "qualification.units");

  /** Lengths in {@code layout.properties}, in points. */
  public static final List<String> LENGTH_KEYS =
      List.of(
          "margin.top",
          "margin.right",
          "margin.bottom",
          "margin.left",
          "size.title",
          "size.subtitle",
          "size.name",
          "size.programme",
          "size.body",
          "size.label",
          "size.table",
          "size.small",
          "size.footer",
          "rule.thickness",
          "logo.width",
          "qr.size");

  /** Colours in {@code layout.properties}. */
  public static final List<String> COLOUR_KEYS =
      List.of(
          "colour.accent",
          "colour.text",
          "colour.muted",
          "colour.rule",
          "colour.tableHeader",
          "colour.stripe");

  /** Font families in {@code layout.properties}. */
  public static final List<String> FONT_KEYS = List.of("font.body", "font.title", "font.code");

  private static final String PACKAGED = "/templates/certificate/";

  private final Map<Language, Properties> messages;
  private final PageSetup page;
  private final Map<String, Float> lengths;
  private final Map<String, Rgb> colours;
  private final Map<String, FontFamily> fonts;
  private final Optional<byte[]> logo;

  private CertificateTemplate(
      Map<Language, Properties> messages,
      PageSetup page,
      Map<String, Float> lengths,
      Map<String, Rgb> colours,
      Map<String, FontFamily> fonts,
      Optional<byte[]> logo) {
    this.messages = messages;
    this.page = page;
    this.lengths = Map.copyOf(lengths);
    this.colours = Map.copyOf(colours);
    this.fonts = Map.copyOf(fonts);
    this.logo = logo;
  }

  /**
   * The template in {@code folder}.
   *
   * @throws InvalidInputException naming every missing file, missing key and bad value
   * @throws EnvironmentException if a file exists but cannot be read
   */
  public static CertificateTemplate load(Path folder) {
    return parse(
        folder.toString(),
        name -> {
          Path file = folder.resolve(name);
          try {
            return Optional.of(Files.readAllBytes(file));
          } catch (NoSuchFileException e) {
            return Optional.empty();
          } catch (IOException e) {
            throw new EnvironmentException(
                Message.of(
                    CertificateTemplate.class,
                    "template.unreadable",
                    file.toString(),
                    String.valueOf(e.getMessage())),
                e);
          }
        });
  }

  /** The template packaged in the ocnkit-core jar, a copy of {@code templates/certificate/}. */
  public static CertificateTemplate packaged() {
    return parse(
        "templates/certificate",
        name -> {
          try (InputStream in = CertificateTemplate.class.getResourceAsStream(PACKAGED + name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
          } catch (IOException e) {
            throw new IllegalStateException("the packaged template " + name + " cannot be read", e);
          }
        });
  }

  /** Reads a file of the template by name; empty if it does not exist. */
  private interface TemplateFiles {
    Optional<byte[]> read(String name);
  }

  private static CertificateTemplate parse(String where, TemplateFiles files) {
    List<Problem> problems = new ArrayList<>();
    Map<Language, Properties> messages = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      String name = "messages_" + language.code() + ".properties";
      Properties p = properties(where, name, files, problems);
      for (String key : MESSAGE_KEYS) {
        if (p.getProperty(key, "").isBlank()) {
          problems.add(problem(where, name, "template.keyMissing", key));
        }
      }
      messages.put(language, p);
    }
    String layoutName = "layout.properties";
    Properties layout = properties(where, layoutName, files, problems);
    Map<String, Float> lengths = new HashMap<>();
    for (String key : LENGTH_KEYS) {
      String value = layout.getProperty(key);
      if (value == null) {
        problems.add(problem(where, layoutName, "template.keyMissing", key));
        continue;
      }
      try {
        float f = Float.parseFloat(value.trim());
        if (!(f >= 0 && f <= 1000)) {
          throw new NumberFormatException();
        }
        lengths.put(key, f);
      } catch (NumberFormatException e) {
        problems.add(problem(where, layoutName, "template.badLength", key, value));
      }
    }
    Map<String, Rgb> colours = new HashMap<>();
    for (String key : COLOUR_KEYS) {
      String value = layout.getProperty(key);
      if (value == null) {
        problems.add(problem(where, layoutName, "template.keyMissing", key));
      } else if (!Rgb.isValid(value)) {
        problems.add(problem(where, layoutName, "template.badColour", key, value));
      } else {
        colours.put(key, Rgb.parse(value));
      }
    }
    Map<String, FontFamily> fonts = new HashMap<>();
    for (String key : FONT_KEYS) {
      String value = layout.getProperty(key);
      Optional<FontFamily> family = value == null ? Optional.empty() : FontFamily.fromCode(value);
      if (value == null) {
        problems.add(problem(where, layoutName, "template.keyMissing", key));
      } else if (family.isEmpty()) {
        problems.add(problem(where, layoutName, "template.badFont", key, value));
      } else {
        fonts.put(key, family.get());
      }
    }
    String size = layout.getProperty("page.size", "");
    Optional<float[]> paper = PageSetup.paperSize(size);
    if (paper.isEmpty()) {
      problems.add(problem(where, layoutName, "template.badPageSize", size));
    }
    Optional<byte[]> logo = files.read("logo.png");
    if (logo.isPresent() && !Image.isPng(logo.get())) {
      problems.add(problem(where, "logo.png", "template.badLogo"));
    }
    PageSetup page = null;
    if (problems.isEmpty()) {
      try {
        page =
            new PageSetup(
                paper.get()[0],
                paper.get()[1],
                lengths.get("margin.top"),
                lengths.get("margin.right"),
                lengths.get("margin.bottom"),
                lengths.get("margin.left"));
      } catch (IllegalArgumentException e) {
        problems.add(problem(where, layoutName, "template.badMargins", e.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new CertificateTemplate(messages, page, lengths, colours, fonts, logo);
  }

  private static Properties properties(
      String where, String name, TemplateFiles files, List<Problem> problems) {
    Properties p = new Properties();
    Optional<byte[]> bytes = files.read(name);
    if (bytes.isEmpty()) {
      problems.add(problem(where, name, "template.fileMissing"));
      return p;
    }
    try (Reader reader =
        new InputStreamReader(new ByteArrayInputStream(bytes.get()), StandardCharsets.UTF_8)) {
      p.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      problems.add(
          problem(
              where,
              name,
              "template.unreadable",
              where + "/" + name,
              String.valueOf(e.getMessage())));
    }
    return p;
  }

  private static Problem problem(String where, String file, String key, Object... args) {
    return new Problem(where + "/" + file, Message.of(CertificateTemplate.class, key, args));
  }

  /**
   * The label {@code key} in {@code language}, with {@code {0}}, {@code {1}} ... replaced by {@code
   * args} (plain replacement: apostrophes and braces elsewhere are printed as written).
   */
  public String text(Language language, String key, Object... args) {
    String pattern = messages.get(language).getProperty(key);
    if ((pattern == null || pattern.isBlank())
        && OPTIONAL_MESSAGE_KEYS.contains(key)
        && this != PackagedHolder.TEMPLATE) {
      return PackagedHolder.TEMPLATE.text(language, key, args);
    }
    if (pattern == null) {
      throw new IllegalArgumentException("no template text " + key);
    }
    String text = pattern.strip();
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return text;
  }

  public PageSetup page() {
    return page;
  }

  /** A length from {@code layout.properties}, one of {@link #LENGTH_KEYS}. */
  public float length(String key) {
    Float value = lengths.get(key);
    if (value == null) {
      throw new IllegalArgumentException("no layout length " + key);
    }
    return value;
  }

  /** A colour from {@code layout.properties}, one of {@link #COLOUR_KEYS}. */
  public Rgb colour(String key) {
    Rgb value = colours.get(key);
    if (value == null) {
      throw new IllegalArgumentException("no layout colour " + key);
    }
    return value;
  }

  /** A font family from {@code layout.properties}, one of {@link #FONT_KEYS}. */
  public FontFamily font(String key) {
    FontFamily value = fonts.get(key);
    if (value == null) {
      throw new IllegalArgumentException("no layout font " + key);
    }
    return value;
  }

  /** The issuer's logo, if the template has one. */
  public Optional<byte[]> logo() {
    return logo.map(byte[]::clone);
  }

  /** The packaged template, loaded once, for texts a workspace's own template leaves out. */
  private static final class PackagedHolder {
    static final CertificateTemplate TEMPLATE = packaged();
  }
}
