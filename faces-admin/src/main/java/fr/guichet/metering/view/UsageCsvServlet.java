package fr.guichet.metering.view;

import fr.guichet.common.domain.DomainException;
import fr.guichet.metering.service.UsageExplorer;
import fr.guichet.metering.service.UsageExplorer.Filter;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * {@code /admin/metering/usage.csv?from=&to=&client=&model=&providerId=}: the usage explorer's rows as a CSV download,
 * for a signed-in operator (the console's session filter guards it like every page). A filter that cannot be right is
 * a 400 that says why, in words.
 */
@WebServlet("/metering/usage.csv")
public class UsageCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UsageExplorer explorer;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Filter filter;
        try {
            filter = explorer.filter(
                    request.getParameter("from"),
                    request.getParameter("to"),
                    request.getParameter("client"),
                    request.getParameter("model"),
                    request.getParameter("providerId"),
                    request.getParameter("apiKeyId"));
        } catch (DomainException e) {
            response.setStatus(e.code() == fr.guichet.common.domain.ErrorCode.TENANT_NOT_FOUND ? 404 : 400);
            response.setContentType("text/plain; charset=UTF-8");
            StringBuilder why = new StringBuilder(e.getMessage()).append('\n');
            e.violations()
                    .forEach(v -> why.append(v.field())
                            .append(' ')
                            .append(v.message())
                            .append('\n'));
            response.getWriter().write(why.toString());
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"guichet-usage-" + filter.from() + "-" + filter.to() + ".csv\"");
        Writer out = response.getWriter();
        explorer.csv(filter, out);
        out.flush();
    }
}
