package fr.guichet.access.view;

import fr.guichet.access.service.NewPlan;
import fr.guichet.access.service.PlanChanges;
import fr.guichet.access.service.PlanView;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The plan dialog's inputs; an empty optional field means "none" (no trial, unlimited, no cap, no price). */
public class PlanForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String name;
    private BigDecimal monthlyPriceEur = BigDecimal.ZERO;
    private Integer trialDays;
    private Long requestsPerMonth;
    private Integer requestsPerMinute = 60;
    private Long tokensPerMonth;
    private BigDecimal spendCapEur;
    private BigDecimal extraKeyPriceEur;
    private boolean enabled = true;

    static PlanForm of(PlanView p) {
        PlanForm f = new PlanForm();
        f.code = p.code();
        f.name = p.name();
        f.monthlyPriceEur = p.monthlyPriceEur();
        f.trialDays = p.trialDays();
        f.requestsPerMonth = p.requestsPerMonth();
        f.requestsPerMinute = p.requestsPerMinute();
        f.tokensPerMonth = p.tokensPerMonth();
        f.spendCapEur = p.spendCapEur();
        f.extraKeyPriceEur = p.extraKeyPriceEur();
        f.enabled = p.enabled();
        return f;
    }

    NewPlan toNewPlan() {
        return new NewPlan(
                code,
                name,
                monthlyPriceEur,
                trialDays,
                requestsPerMonth,
                requestsPerMinute,
                tokensPerMonth,
                spendCapEur,
                extraKeyPriceEur,
                enabled);
    }

    /** Every field as typed; the optional ones left empty are cleared. */
    PlanChanges toChanges() {
        List<String> unset = new ArrayList<>();
        if (trialDays == null) {
            unset.add("trialDays");
        }
        if (requestsPerMonth == null) {
            unset.add("requestsPerMonth");
        }
        if (tokensPerMonth == null) {
            unset.add("tokensPerMonth");
        }
        if (spendCapEur == null) {
            unset.add("spendCapEur");
        }
        if (extraKeyPriceEur == null) {
            unset.add("extraKeyPriceEur");
        }
        return new PlanChanges(
                name,
                monthlyPriceEur,
                trialDays,
                requestsPerMonth,
                requestsPerMinute,
                tokensPerMonth,
                spendCapEur,
                extraKeyPriceEur,
                enabled,
                unset);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BigDecimal getMonthlyPriceEur() {
        return monthlyPriceEur;
    }

    public void setMonthlyPriceEur(BigDecimal monthlyPriceEur) {
        this.monthlyPriceEur = monthlyPriceEur;
    }

    public Integer getTrialDays() {
        return trialDays;
    }

    public void setTrialDays(Integer trialDays) {
        this.trialDays = trialDays;
    }

    public Long getRequestsPerMonth() {
        return requestsPerMonth;
    }

    public void setRequestsPerMonth(Long requestsPerMonth) {
        this.requestsPerMonth = requestsPerMonth;
    }

    public Integer getRequestsPerMinute() {
        return requestsPerMinute;
    }

    public void setRequestsPerMinute(Integer requestsPerMinute) {
        this.requestsPerMinute = requestsPerMinute;
    }

    public Long getTokensPerMonth() {
        return tokensPerMonth;
    }

    public void setTokensPerMonth(Long tokensPerMonth) {
        this.tokensPerMonth = tokensPerMonth;
    }

    public BigDecimal getSpendCapEur() {
        return spendCapEur;
    }

    public void setSpendCapEur(BigDecimal spendCapEur) {
        this.spendCapEur = spendCapEur;
    }

    public BigDecimal getExtraKeyPriceEur() {
        return extraKeyPriceEur;
    }

    public void setExtraKeyPriceEur(BigDecimal extraKeyPriceEur) {
        this.extraKeyPriceEur = extraKeyPriceEur;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
