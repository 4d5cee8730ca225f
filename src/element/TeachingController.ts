import { html } from 'lit';
import type { ReactiveController } from 'lit';
import { AnnotationLayer } from './AnnotationLayer.ts';
import { CompareController } from './CompareController.ts';
import { CutawayPanel } from './CutawayPanel.ts';
import { PlanEditor } from './PlanEditor.ts';
import { PresenterController } from './PresenterController.ts';
import type { TeachingAccess, TeachingElement } from './teachingHost.ts';

/**
 * The teaching parts of the element (issue 6), composed so the element wires them once:
 * presenter stepping, compare views, annotations, the cutaway and plan editing. Each part is
 * a Lit controller of its own file; this one only hands them the element and what it lends.
 */
export class TeachingController implements ReactiveController {
  readonly presenter: PresenterController;
  readonly compare: CompareController;
  readonly annotations: AnnotationLayer;
  readonly cutaway: CutawayPanel;
  readonly plan: PlanEditor;

  constructor(host: TeachingElement, access: TeachingAccess) {
    host.addController(this);
    this.presenter = new PresenterController(host, access);
    this.compare = new CompareController(host, access);
    this.annotations = new AnnotationLayer(host, access);
    this.cutaway = new CutawayPanel(host, access);
    this.plan = new PlanEditor(host as ConstructorParameters<typeof PlanEditor>[0], access);
  }

  hostConnected(): void {}

  /** Extra simulations the model must include for the compare view shown. */
  get needs(): { sham: boolean; band: boolean } {
    return this.compare.needs;
  }

  /** Call after every frame the main scene draws: panes follow, notes and leader move. */
  frameDrawn(): void {
    this.compare.mainFrameDrawn();
    this.annotations.place();
    this.cutaway.place();
  }

  /** Everything the parts draw over the stage, after the main canvas. */
  stage() {
    return html`${this.compare.render()}${this.annotations.render()}${this.cutaway.render()}${this.plan.render()}${this.presenter.render()}`;
  }
}
