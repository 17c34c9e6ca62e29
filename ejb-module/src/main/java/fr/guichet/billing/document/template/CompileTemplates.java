package fr.guichet.billing.document.template;

import java.io.File;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.design.JRCompiler;
import net.sf.jasperreports.engine.fill.JREvaluator;

/**
 * Build step, not shipped: compiles every {@code .jrxml} under a source folder into a {@code .jasper} at the same
 * relative path under the classes folder (Maven runs it in {@code process-classes}). Report expressions are compiled
 * to bytecode here, on the build's JDK, because a server may only have a JRE; at run time the renderers load the
 * {@code .jasper} only. A template older than its compiled form is skipped.
 *
 * <p>Arguments: the source folder of the templates, the classes folder.
 */
public final class CompileTemplates {

    private static final System.Logger LOG = System.getLogger(CompileTemplates.class.getName());

    private CompileTemplates() {}

    public static void main(String[] args) throws IOException, JRException, URISyntaxException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: CompileTemplates <templates folder> <classes folder>");
        }
        Path sources = Path.of(args[0]);
        Path classes = Path.of(args[1]);
        SimpleJasperReportsContext context = new SimpleJasperReportsContext();
        // javac runs inside the build's JVM, whose java.class.path is not the project's: name the classes the
        // generated expression classes compile against.
        context.setProperty(JRCompiler.COMPILER_CLASSPATH, jarOf(JREvaluator.class));
        List<Path> templates;
        try (Stream<Path> files = Files.walk(sources)) {
            templates = files.filter(p -> p.toString().endsWith(".jrxml")).toList();
        }
        for (Path template : templates) {
            Path target =
                    classes.resolve(sources.relativize(template).toString().replaceFirst("\\.jrxml$", ".jasper"));
            if (Files.exists(target)
                    && Files.getLastModifiedTime(target).compareTo(Files.getLastModifiedTime(template)) > 0) {
                continue;
            }
            Files.createDirectories(target.getParent());
            JasperCompileManager.getInstance(context).compileToFile(template.toString(), target.toString());
            LOG.log(Level.INFO, "Compiled {0} into {1}", template, target);
        }
    }

    private static String jarOf(Class<?> type) throws URISyntaxException {
        return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
    }
}
