import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import jdk.internal.org.objectweb.asm.ClassReader;
import jdk.internal.org.objectweb.asm.ClassVisitor;
import jdk.internal.org.objectweb.asm.ClassWriter;
import jdk.internal.org.objectweb.asm.Opcodes;

/**
 * Build step of the cli module (run by Maven with {@code java --add-exports
 * java.base/jdk.internal.org.objectweb.asm=ALL-UNNAMED cli/build/UpgradeClassFiles.java JAR...}):
 * rewrites, in place, the class files of a jar that are older than Java 6 (class file version
 * below 50) as Java 8 class files (version 52) with computed stack map frames. Nothing else in the
 * class changes.
 *
 * <p>Why: JDK 17's class-data-sharing archive skips every class older than Java 6 ("Pre JDK 6
 * class not supported by CDS"), and picocli ships its classes as Java 5 class files, so ocn's
 * start-up archive held none of picocli's ~180 classes and each short command parsed and
 * verified them from the jar. JDK 19 and later archive such classes; on 17 this rewrite is the
 * smallest fix that keeps the published picocli artifact (no copy of its sources in the tree).
 * A jar whose classes are all version 50 or newer is left untouched.
 */
public final class UpgradeClassFiles {
  private static final int JAVA_6 = 50;

  public static void main(String[] args) throws IOException {
    for (String arg : args) {
      upgrade(Path.of(arg));
    }
  }

  private static void upgrade(Path jar) throws IOException {
    Path tmp = jar.resolveSibling(jar.getFileName() + ".upgrading");
    int upgraded = 0;
    try (JarFile in = new JarFile(jar.toFile(), false);
        URLClassLoaderHolder loader = new URLClassLoaderHolder(jar);
        OutputStream file = Files.newOutputStream(tmp);
        JarOutputStream out = new JarOutputStream(file)) {
      Enumeration<JarEntry> entries = in.entries();
      while (entries.hasMoreElements()) {
        JarEntry entry = entries.nextElement();
        byte[] bytes;
        try (InputStream s = in.getInputStream(entry)) {
          bytes = s.readAllBytes();
        }
        if (entry.getName().endsWith(".class") && version(bytes) < JAVA_6) {
          bytes = rewrite(bytes, loader.loader);
          upgraded++;
        }
        JarEntry copy = new JarEntry(entry.getName());
        copy.setTime(entry.getTime());
        out.putNextEntry(copy);
        out.write(bytes);
        out.closeEntry();
      }
    }
    if (upgraded == 0) {
      Files.delete(tmp);
      return;
    }
    Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING);
    System.out.println("UpgradeClassFiles: " + upgraded + " class files of " + jar.getFileName()
        + " rewritten as Java 8 class files");
  }

  private static int version(byte[] classFile) {
    return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
  }

  private static byte[] rewrite(byte[] classFile, ClassLoader loader) {
    ClassReader reader = new ClassReader(classFile);
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
      @Override
      protected ClassLoader getClassLoader() {
        return loader;
      }
    };
    reader.accept(new ClassVisitor(Opcodes.ASM8, writer) {
      @Override
      public void visit(int version, int access, String name, String signature, String superName,
          String[] interfaces) {
        super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
      }
    }, ClassReader.EXPAND_FRAMES);
    return writer.toByteArray();
  }

  /** The jar's own classes, for the common super classes that computing frames asks for. */
  private static final class URLClassLoaderHolder implements AutoCloseable {
    final java.net.URLClassLoader loader;

    URLClassLoaderHolder(Path jar) throws IOException {
      loader = new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()},
          ClassLoader.getPlatformClassLoader());
    }

    @Override
    public void close() throws IOException {
      loader.close();
    }
  }
}
