package fr.guichet.licensing.view;

import fr.guichet.licensing.service.NewLicenses;
import java.io.Serializable;

/** What the operator types in the "Generate keys" dialog; the service checks it, so the rules live in one place. */
public class NewLicensesForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String planId;
    private Integer durationDays = 30;
    private Integer maxActivations = 1;
    private Integer count = 1;
    private String reseller;
    private String note;

    public NewLicenses toNewLicenses() {
        return new NewLicenses(
                blankToNull(planId),
                durationDays,
                maxActivations,
                count,
                blankToNull(reseller),
                blankToNull(note),
                null,
                null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getPlanId() {
        return planId;
    }

    public void setPlanId(String planId) {
        this.planId = planId;
    }

    public Integer getDurationDays() {
        return durationDays;
    }

    public void setDurationDays(Integer durationDays) {
        this.durationDays = durationDays;
    }

    public Integer getMaxActivations() {
        return maxActivations;
    }

    public void setMaxActivations(Integer maxActivations) {
        this.maxActivations = maxActivations;
    }

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }

    public String getReseller() {
        return reseller;
    }

    public void setReseller(String reseller) {
        this.reseller = reseller;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
