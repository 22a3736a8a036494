/** The id of the layers' button, the target of the skip link « Aller aux calques ». */
export const LAYERS_BUTTON_ID = 'calques';
