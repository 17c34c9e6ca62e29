package fr.guichet.dispatch.view;

import static fr.guichet.common.view.ConsoleText.text;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.common.view.ConsoleActor;
import fr.guichet.common.view.DomainMessages;
import fr.guichet.dispatch.domain.KeyScope;
import fr.guichet.dispatch.service.ProviderChanges;
import fr.guichet.dispatch.service.ProviderKeyService;
import fr.guichet.dispatch.service.ProviderKeyView;
import fr.guichet.dispatch.service.ProviderService;
import fr.guichet.dispatch.service.ProviderView;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * Backs {@code /dispatch/providers.xhtml}: the providers with their global keys (masked), setting, replacing or
 * removing a global key (the key is encrypted at once and never shown again), enabling or disabling a provider. A
 * provider's models and prices are in {@link ModelsView}.
 */
@Named
@ViewScoped
public class ProvidersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleActor operator;

    @Inject
    ProviderService providers;

    @Inject
    ProviderKeyService keys;

    private String chosenId;
    private String action;
    private transient String newKey;
    private transient List<ProviderView> list;
    private transient Map<String, ProviderKeyView> globalKeys;

    public List<ProviderView> getProviders() {
        if (list == null) {
            list = providers.list(new PageRequest(0, PageRequest.MAX_SIZE)).items();
            globalKeys = keys.globalKeys(list.stream().map(ProviderView::id).toList());
        }
        return list;
    }

    /** The provider's global key, masked ("sk-…abcd"), or null when it has none. */
    public String globalKey(String providerId) {
        getProviders();
        ProviderKeyView key = globalKeys.get(providerId);
        return key == null ? null : key.hint();
    }

    /** Opens the dialog of {@code what} ({@code setKey}, {@code removeKey}, {@code enable}, {@code disable}). */
    public void ask(String providerId, String what) {
        chosenId = providerId;
        action = what;
        newKey = null;
        PrimeFaces.current().executeScript("PF('providerDialog').show()");
    }

    public void confirm() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            switch (action) {
                case "setKey" -> keys.setGlobal(chosenId, newKey, operator.getActor());
                case "removeKey" -> keys.remove(chosenId, KeyScope.GLOBAL, null, null, operator.getActor());
                case "enable", "disable" ->
                    providers.update(
                            chosenId,
                            new ProviderChanges(null, null, null, action.equals("enable")),
                            operator.getActor());
                default -> throw new IllegalArgumentException(action);
            }
            String done = text("providers." + action + ".done", getChosenName());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, done));
            newKey = null;
            list = null;
            action = null;
            PrimeFaces.current().executeScript("PF('providerDialog').hide()");
        } catch (DomainException e) {
            newKey = null;
            DomainMessages.addForFields(
                    faces, e, Map.of("apiKey", new DomainMessages.Input("providerForm:newKey", text("providers.key"))));
        }
    }

    public String getChosenName() {
        return chosenId == null
                ? ""
                : providers.find(chosenId).map(ProviderView::name).orElse(chosenId);
    }

    public String getAction() {
        return action;
    }

    public String getNewKey() {
        return null; // a key typed is never sent back to the browser
    }

    public void setNewKey(String newKey) {
        this.newKey = newKey;
    }
}
