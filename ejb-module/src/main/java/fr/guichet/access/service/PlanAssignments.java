package fr.guichet.access.service;

import fr.guichet.tenancy.service.AssignablePlans;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Answers tenancy's {@link AssignablePlans} from the plan catalogue. */
@ApplicationScoped
public class PlanAssignments implements AssignablePlans {

    @Inject
    PlanService plans;

    @Override
    public void check(String planId, String field) {
        plans.checkAssignable(planId, field);
    }
}
